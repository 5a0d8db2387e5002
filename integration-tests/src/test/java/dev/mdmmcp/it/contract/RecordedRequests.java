package dev.mdmmcp.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.it.support.UpstreamAccounts;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What actually reached the vendor, compared field by field with what an example expects. */
final class RecordedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 3 and 3.0 are one value to a vendor: compare numbers by value, everything else exactly. */
    private static final Comparator<JsonNode> SAME_NUMBER_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;

    private RecordedRequests() {
    }

    /** The requests WireMock received, oldest first, leaving out the OAuth2 token endpoint. */
    static List<LoggedRequest> apiRequests(WireMockServer wireMock, String tokenPath) {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            if (tokenPath == null || !pathOf(request).equals(tokenPath)) {
                requests.add(request);
            }
        }
        Collections.reverse(requests);
        return requests;
    }

    static void assertRequest(String what, LoggedRequest actual, String method, String path,
            Map<String, Object> query, JsonNode body, UpstreamAccounts.ExpectedAuth auth) {
        assertThat(actual.getMethod().getName()).as("%s: HTTP method", what).isEqualTo(method);
        assertThat(pathOf(actual)).as("%s: path", what).isEqualTo(path);
        assertThat(queryOf(actual)).as("%s: query parameters", what).isEqualTo(normalise(query));
        if (body == null || body.isNull()) {
            assertThat(actual.getBodyAsString()).as("%s: body", what).isEmpty();
        } else {
            JsonNode sent = parse(actual.getBodyAsString());
            JsonNode wanted = parse(body.toString());
            assertThat(sent.equals(SAME_NUMBER_VALUE, wanted))
                    .as("%s: JSON body%n  sent:     %s%n  expected: %s", what, sent, wanted)
                    .isTrue();
        }
        auth.headers().forEach((header, value) ->
                assertThat(actual.getHeader(header)).as("%s: %s header", what, header).isEqualTo(value));
    }

    private static String pathOf(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static Map<String, List<String>> queryOf(LoggedRequest request) {
        Map<String, List<String>> query = new TreeMap<>();
        request.getQueryParams().forEach((name, parameter) -> query.put(name, parameter.values()));
        return query;
    }

    private static Map<String, List<String>> normalise(Map<String, Object> query) {
        Map<String, List<String>> normalised = new TreeMap<>();
        query.forEach((name, value) -> normalised.put(name, value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value))));
        return normalised;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the upstream request body is not JSON: " + json, e);
        }
    }
}

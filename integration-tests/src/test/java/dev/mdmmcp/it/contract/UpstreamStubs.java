package dev.mdmmcp.it.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.List;

/**
 * Stubs the vendor's answers of one example on WireMock. Matching is deliberately loose (method
 * and path; the second page also by its paging values): {@link RecordedRequests} then checks the
 * exact requests, so a wrong request fails with a readable difference instead of a 404.
 */
final class UpstreamStubs {

    private UpstreamStubs() {
    }

    static void stub(WireMockServer wireMock, ToolExample example) {
        ToolExample.ExpectedRequest expected = example.request();
        wireMock.stubFor(base(expected).atPriority(5).willReturn(answer(example.response())));
        ToolExample.NextPage next = example.nextPage();
        if (next != null) {
            MappingBuilder secondPage = base(expected).atPriority(1);
            next.query().forEach((name, value) -> {
                if (!value.equals(expected.query().get(name))) {
                    secondPage.withQueryParam(name, equalTo(firstValue(value)));
                }
            });
            if (next.body() != null && !next.body().isNull()) {
                secondPage.withRequestBody(equalToJson(next.body().toString()));
            }
            wireMock.stubFor(secondPage.willReturn(answer(next.response())));
        }
    }

    private static MappingBuilder base(ToolExample.ExpectedRequest expected) {
        return request(expected.method(), urlPathEqualTo(expected.path()));
    }

    static ResponseDefinitionBuilder answer(ToolExample.CannedResponse response) {
        ResponseDefinitionBuilder answer = aResponse().withStatus(response.status());
        JsonNode body = response.body();
        if (body != null && !body.isNull()) {
            answer.withHeader("Content-Type", "application/json").withBody(body.toString());
        }
        return answer;
    }

    private static String firstValue(Object value) {
        return value instanceof List<?> list ? String.valueOf(list.getFirst()) : String.valueOf(value);
    }
}

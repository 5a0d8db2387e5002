package dev.mdmmcp.it.fuzz;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.ServedCatalogs;
import dev.mdmmcp.it.support.ServedCatalogsTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws thousands of seeded random and mutated JSON-RPC bodies at a running server over HTTP.
 * Every answer must be a valid result, or a JSON-RPC error with a spec code (-32700, -32600,
 * -32601, -32602), or 202 for a notification; never a 5xx, a hang or a stack trace. The seed is
 * fixed so runs repeat; {@code -Dmdm-mcp.fuzz.seed=N} tries another sequence, and a failure
 * names the seed and the case so it can be replayed.
 */
class JsonRpcFuzzTest extends ServedCatalogsTest {

    private static final long SEED = Long.getLong("mdm-mcp.fuzz.seed", 20261121L);
    private static final int CASES = Integer.getInteger("mdm-mcp.fuzz.cases", 10_000);
    /** Far more than the cases take (seconds on an idle machine), so a loaded one still sends them all. */
    private static final Duration BUDGET = Duration.ofSeconds(240);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Set<Integer> SPEC_ERROR_CODES = Set.of(-32700, -32600, -32601, -32602);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void answerEveryCallWithAVendor404() {
        // A plain vendor 404 for every call that gets through: the fake upstream's own error pages
        // (WireMock's) must not be mistaken for the server's.
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not found.\"}")));
    }

    @Test
    void randomAndMutatedBodiesGetSpecAnswersOnly() throws Exception {
        URI endpoint = URI.create("http://127.0.0.1:" + served.port() + "/mcp/" + ServedCatalogs.tokenOf("kandji"));
        JsonRpcBodies bodies = new JsonRpcBodies(SEED, toolProperties(endpoint));
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int sent = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        while (sent < CASES && System.nanoTime() < deadline && failures.size() < 20) {
            byte[] body = bodies.next();
            sent++;
            int number = sent;
            check(endpoint, body, statuses).ifPresent(problem -> failures.add("case " + number + ": " + shortened(problem)
                    + "\n    body: " + shortened(printable(body))));
        }
        String replay = "seed " + SEED + " (replay with -Dmdm-mcp.fuzz.seed=" + SEED + ")";
        System.out.println("JsonRpcFuzzTest: " + sent + " cases, " + replay + ", HTTP statuses " + statuses);
        assertThat(failures).as("answers outside the spec after %d cases, %s", sent, replay).isEmpty();
        assertThat(sent).as("cases sent within %s", BUDGET).isEqualTo(CASES);
    }

    /** A description of what is wrong with the server's answer to {@code body}, if anything. */
    private Optional<String> check(URI endpoint, byte[] body, Map<Integer, Integer> statuses) {
        FuzzExchange exchange = FuzzExchange.send(HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), statuses);
        if (exchange.problem().isPresent()) {
            return exchange.problem();
        }
        int status = exchange.response().statusCode();
        String text = exchange.response().body();
        Optional<JsonNode> request = parse(body);
        boolean expectsReply = request.map(JsonRpcFuzzTest::isRequestWithId).orElse(false);
        if (status == 202) {
            return expectsReply ? Optional.of("202 for a request with an id") : text.isEmpty() ? Optional.empty()
                    : Optional.of("202 with a body: " + text);
        }
        if (status != 200 && status != 400) {
            return Optional.of("unexpected HTTP " + status + ": " + text);
        }
        JsonNode reply;
        try {
            reply = mapper.readTree(text);
        } catch (IOException e) {
            return Optional.of("HTTP " + status + " body is not JSON: " + text);
        }
        if (reply == null || !reply.isObject() || !"2.0".equals(reply.path("jsonrpc").asText())) {
            return Optional.of("not a JSON-RPC 2.0 reply: " + text);
        }
        if (reply.has("error") == reply.has("result")) {
            return Optional.of("a reply needs exactly one of result and error: " + text);
        }
        if (reply.has("error")) {
            int code = reply.at("/error/code").asInt();
            if (!SPEC_ERROR_CODES.contains(code) || !reply.at("/error/code").isInt()) {
                return Optional.of("error code " + reply.at("/error/code") + " is none of " + SPEC_ERROR_CODES + ": " + text);
            }
            if (reply.at("/error/message").asText().isBlank()) {
                return Optional.of("error without a message: " + text);
            }
        } else if (status != 200) {
            return Optional.of("a result with HTTP " + status + ": " + text);
        } else if (request.isEmpty() || !expectsReply) {
            return Optional.of("a result for something that is no request: " + text);
        } else {
            Optional<String> invalid = invalidResult(request.get(), reply.get("result"));
            if (invalid.isPresent()) {
                return invalid.map(problem -> problem + ": " + text);
            }
        }
        if (expectsReply && !request.get().get("id").equals(reply.get("id"))) {
            return Optional.of("reply id " + reply.get("id") + " is not the request's " + request.get().get("id"));
        }
        return Optional.empty();
    }

    /** The shape each method's result must have. */
    private static Optional<String> invalidResult(JsonNode request, JsonNode result) {
        boolean valid = switch (request.get("method").asText()) {
            case "initialize" -> result.path("protocolVersion").isTextual() && result.path("serverInfo").isObject();
            case "ping" -> result.isObject();
            case "tools/list" -> result.path("tools").isArray();
            case "tools/call" -> result.path("content").isArray();
            default -> false;
        };
        return valid ? Optional.empty() : Optional.of("not a valid " + request.get("method").asText() + " result");
    }

    private static boolean isRequestWithId(JsonNode message) {
        JsonNode id = message.get("id");
        return message.isObject() && "2.0".equals(message.path("jsonrpc").textValue())
                && message.path("method").isTextual() && id != null
                && (id.isTextual() || id.isIntegralNumber() && id.canConvertToLong());
    }

    /** The body as JSON, read as strictly as JSON-RPC asks: UTF-8, one value, nothing after it. */
    private Optional<JsonNode> parse(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            return Optional.ofNullable(mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text))
                    .filter(node -> !node.isMissingNode());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Tool name to input property names, from the server's own tools/list. */
    private Map<String, List<String>> toolProperties(URI endpoint) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, List<String>> tools = new LinkedHashMap<>();
        for (JsonNode tool : mapper.readTree(response.body()).at("/result/tools")) {
            List<String> properties = new ArrayList<>();
            tool.at("/inputSchema/properties").fieldNames().forEachRemaining(properties::add);
            tools.put(tool.get("name").asText(), properties);
        }
        assertThat(tools).as("tools of the fuzzed server").isNotEmpty();
        return tools;
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static String printable(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(400).forEach(c -> out.append(c < 0x20 || c == 0xFFFD ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }
}

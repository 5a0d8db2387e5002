package dev.mdmmcp.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 2026-07-28 revision on the same {@code /mcp/{token}} endpoint as the 2025 era, as a raw client sees it. */
class ModernEraHttpTest {

    private static final String META = """
            "_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",
             "io.modelcontextprotocol/clientCapabilities":{},
             "io.modelcontextprotocol/clientInfo":{"name":"raw","version":"1"}}""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MdmMcpServer server;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() {
        // No upstream is needed for discovery, listing and refusals; calls get a connection error result.
        server = MdmMcpServer.start(ServerConfig.fromYaml(TestConfigs.yaml("http://127.0.0.1:9"), Map.of(),
                TestConfigs.catalogs()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A 2026-07-28 request with the headers the revision requires: {@code MCP-Protocol-Version}, {@code Mcp-Method}, {@code Mcp-Name}. */
    private static HttpResponse<String> modern(String token, Object id, String method, String params, String... headers)
            throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + (id instanceof String text ? "\"" + text + "\"" : id)
                + ",\"method\":\"" + method + "\",\"params\":{" + params + (params.isEmpty() ? "" : ",") + META + "}}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp/" + token))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        List<String> given = new ArrayList<>(List.of(headers));
        for (String[] standard : List.of(new String[] {"MCP-Protocol-Version", "2026-07-28"}, new String[] {"Mcp-Method", method})) {
            if (!given.contains(standard[0])) {
                request.header(standard[0], standard[1]);
            }
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (!headers[i + 1].isEmpty()) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> legacy(String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp/" + token))
                .header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        return mapper.readTree(response.body());
    }

    @Test
    void serverDiscoverNamesTheVersionCapabilitiesAndServerWithPrivateCacheHints() throws Exception {
        HttpResponse<String> response = modern(TestConfigs.ADMIN_TOKEN, "d-1", "server/discover", "");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response).get("result");
        assertThat(json(response).get("id").asText()).isEqualTo("d-1");
        assertThat(result.get("resultType").asText()).isEqualTo("complete");
        assertThat(result.get("supportedVersions")).hasToString("[\"2026-07-28\"]");
        assertThat(result.at("/capabilities/tools").isObject()).isTrue();
        assertThat(result.at("/_meta/io.modelcontextprotocol~1serverInfo/name").asText()).isEqualTo("mdm-mcp");
        assertThat(result.get("instructions").asText()).startsWith("Tools for the ");
        assertThat(result.get("ttlMs").asLong()).isEqualTo(300_000);
        assertThat(result.get("cacheScope").asText()).isEqualTo("private");
    }

    @Test
    void toolsListHasTheCacheHintsAndTheSameToolsInTheSameOrderAsThe2025Era() throws Exception {
        JsonNode first = json(modern(TestConfigs.ADMIN_TOKEN, 1, "tools/list", "")).get("result");
        JsonNode again = json(modern(TestConfigs.ADMIN_TOKEN, 2, "tools/list", "")).get("result");
        JsonNode legacy = json(legacy(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}"))
                .get("result");

        assertThat(first.get("resultType").asText()).isEqualTo("complete");
        assertThat(first.get("ttlMs").asLong()).isEqualTo(300_000);
        assertThat(first.get("cacheScope").asText()).isEqualTo("private");
        assertThat(names(first)).isNotEmpty().isEqualTo(names(again)).isEqualTo(names(legacy));
        assertThat(first.get("tools")).isEqualTo(legacy.get("tools"));
    }

    private static List<String> names(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.get("tools").forEach(tool -> names.add(tool.get("name").asText()));
        return names;
    }

    @Test
    void toolsCallRunsTheToolAndMarksTheResultComplete() throws Exception {
        HttpResponse<String> response = modern(TestConfigs.ADMIN_TOKEN, 4, "tools/call",
                "\"name\":\"get_device\",\"arguments\":{}", "Mcp-Name", "get_device");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response).get("result");
        assertThat(result.get("resultType").asText()).isEqualTo("complete");
        assertThat(result.get("isError").asBoolean()).as("missing device_id is a tool error").isTrue();
        assertThat(result.at("/content/0/text").asText()).contains("device_id");
    }

    @Test
    void aBase64McpNameIsDecodedBeforeItIsCompared() throws Exception {
        String encoded = "=?base64?" + Base64.getEncoder().encodeToString("get_device".getBytes(StandardCharsets.UTF_8)) + "?=";

        HttpResponse<String> response = modern(TestConfigs.ADMIN_TOKEN, 5, "tools/call",
                "\"name\":\"get_device\",\"arguments\":{}", "Mcp-Name", encoded);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void missingOrDifferentHeadersAreAHeaderMismatchEchoingTheId() throws Exception {
        HttpResponse<String> noMethod = modern(TestConfigs.ADMIN_TOKEN, 6, "tools/list", "", "Mcp-Method", "");
        HttpResponse<String> otherVersion = modern(TestConfigs.ADMIN_TOKEN, 7, "tools/list", "",
                "MCP-Protocol-Version", "2025-11-25");
        HttpResponse<String> noName = modern(TestConfigs.ADMIN_TOKEN, 8, "tools/call", "\"name\":\"get_device\"");
        HttpResponse<String> otherName = modern(TestConfigs.ADMIN_TOKEN, 9, "tools/call", "\"name\":\"get_device\"",
                "Mcp-Name", "list_devices");

        assertThat(List.of(noMethod, otherVersion, noName, otherName)).allSatisfy(response ->
                assertThat(response.statusCode()).isEqualTo(400));
        assertThat(noMethod.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":6,\"error\":{\"code\":-32020,"
                + "\"message\":\"Header mismatch: the required Mcp-Method header is missing\"}}");
        assertThat(json(otherVersion).at("/error/message").asText()).isEqualTo("Header mismatch: MCP-Protocol-Version"
                + " header value '2025-11-25' does not match _meta protocol version '2026-07-28'");
        assertThat(json(noName).at("/error/message").asText())
                .isEqualTo("Header mismatch: the required Mcp-Name header is missing");
        assertThat(json(otherName).at("/error/message").asText())
                .isEqualTo("Header mismatch: Mcp-Name header value 'list_devices' does not match body name 'get_device'");
        assertThat(json(otherName).get("id").asInt()).isEqualTo(9);
    }

    @Test
    void anUnsupportedVersionInMetaGetsTheRevisionsErrorNamingTheSupportedOnes() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/list\",\"params\":{"
                + META.replace("2026-07-28", "2099-01-01") + "}}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/mcp/" + TestConfigs.ADMIN_TOKEN))
                .header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2099-01-01")
                .header("Mcp-Method", "tools/list")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":10,\"error\":{\"code\":-32022,"
                + "\"message\":\"Unsupported protocol version\",\"data\":{\"supported\":[\"2026-07-28\"],"
                + "\"requested\":\"2099-01-01\"}}}");
    }

    @Test
    void refusalsOfUnknownAndHiddenToolsNameTheRequestedToolInThe2026Era() throws Exception {
        HttpResponse<String> unknown = modern(TestConfigs.ADMIN_TOKEN, 11, "tools/call", "\"name\":\"lock_device\"",
                "Mcp-Name", "lock_device");
        HttpResponse<String> hidden = modern(TestConfigs.AUDIT_TOKEN, 12, "tools/call",
                "\"name\":\"delete_device\",\"arguments\":{\"device_id\":\"d1\"}", "Mcp-Name", "delete_device");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":11,\"error\":{\"code\":-32602,"
                + "\"message\":\"Unknown tool: lock_device\"}}");
        assertThat(json(hidden).at("/error/message").asText())
                .isEqualTo("Tool delete_device is not available on this server");
    }

    @Test
    void anUnknownToolsListCursorIsInvalidParamsInBothEras() throws Exception {
        HttpResponse<String> modern = modern(TestConfigs.ADMIN_TOKEN, 13, "tools/list", "\"cursor\":\"bogus\"");
        HttpResponse<String> legacy = legacy(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"id\":14,\"method\":\"tools/list\",\"params\":{\"cursor\":\"bogus\"}}");

        String message = "Invalid params: unknown cursor; tools/list answers every tool on one page, so call it without"
                + " a cursor";
        assertThat(modern.statusCode()).isEqualTo(400);
        assertThat(modern.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":13,\"error\":{\"code\":-32602,\"message\":\""
                + message + "\"}}");
        assertThat(legacy.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":14,\"error\":{\"code\":-32602,\"message\":\""
                + message + "\"}}");
    }

    @Test
    void initializeStillOpensA2025Session() throws Exception {
        HttpResponse<String> response = legacy(TestConfigs.ADMIN_TOKEN, """
                {"jsonrpc":"2.0","id":15,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                 "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""");

        assertThat(json(response).at("/result/protocolVersion").asText()).isEqualTo("2025-11-25");
    }
}

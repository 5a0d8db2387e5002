package dev.mdmmcp.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.ServerRouting;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.config.ServerConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP surface of {@code /mcp/{token}} as a raw client sees it. */
@ServerTest
class McpEndpointHttpTest {

    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
             "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";

    private static ServerRouting routes;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    private static final int MAX_REQUEST_BYTES = 4096;

    @SetUpServer
    static void listener(WebServerConfig.Builder server) {
        // No features, as MdmMcpServer has none on these routes: not the ones the test server finds in Helidon's registry (CORS).
        server.host("127.0.0.1").features(List.of());
    }

    /** The server's own routing, served by Helidon's test server: nothing here needs the listener limits. */
    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        // No upstream is needed: nothing here reaches a vendor.
        routes = ServerRouting.open(ServerConfig.fromYaml("max_request_bytes: " + MAX_REQUEST_BYTES + "\n"
                + TestConfigs.yaml("http://127.0.0.1:9"), Map.of(), TestConfigs.catalogs()), Clock.systemUTC(), () -> true);
        routes.mcpListener(routing, true);
    }

    @AfterAll
    static void stop() {
        routes.close();
    }

    private final int port;

    McpEndpointHttpTest(WebServer server) {
        this.port = server.port();
    }

    private URI uri(String token) {
        return URI.create("http://127.0.0.1:" + port + "/mcp/" + token);
    }

    private HttpResponse<String> post(String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(token))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws IOException {
        return mapper.readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-26", "2025-06-18", "2025-11-25"})
    void clientsOfEachSupportedVersionInitializeListAndCall(String version) throws Exception {
        HttpResponse<String> initialized = post(TestConfigs.ADMIN_TOKEN, INITIALIZE.replace("2025-06-18", version));
        assertThat(json(initialized).at("/result/protocolVersion").asText()).isEqualTo(version);

        HttpResponse<String> listed = post(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", "MCP-Protocol-Version", version);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json(listed).at("/result/tools").size()).isPositive();

        HttpResponse<String> called = post(TestConfigs.ADMIN_TOKEN, """
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"get_device","arguments":{}}}""",
                "MCP-Protocol-Version", version);
        assertThat(called.statusCode()).isEqualTo(200);
        assertThat(json(called).at("/result/isError").asBoolean()).as("missing device_id is a tool error").isTrue();
    }

    @Test
    void initializeEchoesASupportedVersion() throws Exception {
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN, INITIALIZE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(json(response).at("/result/protocolVersion").asText()).isEqualTo("2025-06-18");
        assertThat(json(response).at("/result/serverInfo/name").asText()).isEqualTo("mdm-mcp");
        assertThat(json(response).at("/result/capabilities/tools").isObject()).isTrue();
    }

    @Test
    void unknownTokensGetTheSameEmpty404() throws Exception {
        HttpResponse<String> one = post("x".repeat(40), INITIALIZE);
        HttpResponse<String> other = post(TestConfigs.ADMIN_TOKEN + "x", INITIALIZE);
        HttpResponse<String> nonsense = post("%2e%2e", INITIALIZE);

        for (HttpResponse<String> response : List.of(one, other, nonsense)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
        }
        assertThat(one.headers().map().keySet()).isEqualTo(other.headers().map().keySet());
    }

    @Test
    void getAndDeleteAre405WithAllowPost() throws Exception {
        for (String method : new String[] {"GET", "DELETE"}) {
            for (String token : new String[] {TestConfigs.ADMIN_TOKEN, "unknown-token-unknown-token-unknown"}) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(token))
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(method + " " + token).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).contains("POST");
            }
        }
    }

    @Test
    void unsupportedProtocolVersionHeaderIs400ListingTheSupportedOnesAndEchoingTheId() throws Exception {
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", "MCP-Protocol-Version", "1999-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32022,"
                + "\"message\":\"Unsupported protocol version '1999-01-01' in MCP-Protocol-Version; supported: 2026-07-28,"
                + " 2025-11-25, 2025-06-18, 2025-03-26, 2024-11-05\",\"data\":{\"supported\":[\"2026-07-28\",\"2025-11-25\","
                + "\"2025-06-18\",\"2025-03-26\",\"2024-11-05\"],\"requested\":\"1999-01-01\"}}}");
        assertThat(post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "MCP-Protocol-Version", "2025-11-25").statusCode()).isEqualTo(200);
    }

    @Test
    void absentProtocolVersionHeaderIsServedAsTheSpecDefault() throws Exception {
        // Without the header the spec says to assume 2025-03-26, one of the versions served.
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/result/tools").size()).isEqualTo(6);
    }

    @Test
    void bodyOverTheLimitGetsAJsonRpcErrorAnd413() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":{\"_meta\":{\"pad\":\""
                + "x".repeat(MAX_REQUEST_BYTES) + "\"}}}";

        HttpResponse<String> declared = post(TestConfigs.ADMIN_TOKEN, big);
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(uri(TestConfigs.ADMIN_TOKEN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big)))
                .build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("id").isNull()).isTrue();
            assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32600);
            assertThat(json(response).at("/error/message").asText())
                    .isEqualTo("Invalid Request: the body is larger than 4096 bytes (max_request_bytes)");
        }
        String justUnder = "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":{\"_meta\":{\"pad\":\""
                + "x".repeat(MAX_REQUEST_BYTES - 100) + "\"}}}";
        assertThat(post(TestConfigs.ADMIN_TOKEN, justUnder).statusCode()).isEqualTo(200);
    }

    @Test
    void envelopeErrorsAreInvalidRequestsWithTheIdWhenReadable() throws Exception {
        HttpResponse<String> wrongVersion = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2\",\"id\":9,\"method\":\"ping\"}");
        HttpResponse<String> batch = post(TestConfigs.ADMIN_TOKEN, "[{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}]");
        HttpResponse<String> objectId = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}");
        HttpResponse<String> twoMessages = post(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\"}");

        assertThat(wrongVersion.statusCode()).isEqualTo(400);
        assertThat(json(wrongVersion).at("/error/code").asInt()).isEqualTo(-32600);
        assertThat(json(wrongVersion).get("id").asInt()).isEqualTo(9);
        assertThat(json(batch).at("/error/message").asText()).contains("batches are not supported");
        assertThat(json(objectId).at("/error/code").asInt()).isEqualTo(-32600);
        assertThat(json(objectId).get("id").isNull()).isTrue();
        assertThat(json(twoMessages).at("/error/code").asInt()).isEqualTo(-32700);
    }

    @Test
    void unreadableParamsAreInvalidParamsNamingTheField() throws Exception {
        HttpResponse<String> arrayParams = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/list\",\"params\":[]}");
        HttpResponse<String> numberClientInfo = post(TestConfigs.ADMIN_TOKEN, """
                {"jsonrpc":"2.0","id":12,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                 "capabilities":{},"clientInfo":42.5}}""");
        HttpResponse<String> noVersion = post(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"initialize\",\"params\":{}}");

        assertThat(json(arrayParams).at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(json(numberClientInfo).at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(json(numberClientInfo).at("/error/message").asText())
                .isEqualTo("Invalid params: initialize params at 'clientInfo' have the wrong type");
        assertThat(json(noVersion).at("/error/message").asText()).contains("protocolVersion");
        assertThat(json(noVersion).get("id").asInt()).isEqualTo(13);
    }

    @Test
    void toolsCallParamsWithAMetaThatIsNoObjectAreInvalidParams() throws Exception {
        HttpResponse<String> textMeta = post(TestConfigs.ADMIN_TOKEN, """
                {"jsonrpc":"2.0","id":14,"method":"tools/call","params":{"name":"get_device","arguments":{},"_meta":"x"}}""");

        assertThat(json(textMeta).at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(json(textMeta).at("/error/message").asText())
                .isEqualTo("Invalid params: tools/call params at '_meta' have the wrong type");
    }

    @Test
    void parseErrorsAreAnsweredWithANullId() throws Exception {
        HttpResponse<String> notJson = post(TestConfigs.ADMIN_TOKEN, "{not json");
        HttpResponse<String> empty = post(TestConfigs.ADMIN_TOKEN, "");
        HttpResponse<String> notRpc = post(TestConfigs.ADMIN_TOKEN, "{\"hello\":1}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("id").isNull()).isTrue();
        assertThat(json(notJson).at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(json(notRpc).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void toolsCallWithoutParamsIsInvalidParams() throws Exception {
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\"}");
        HttpResponse<String> badArguments = post(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"get_device\",\"arguments\":[1]}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("id").asInt()).isEqualTo(3);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(json(badArguments).at("/error/code").asInt()).isEqualTo(-32602);
    }

    @Test
    void unknownMethodIsMethodNotFound() throws Exception {
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"resources/list\"}");

        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32601);
    }

    @Test
    void notificationsAreAccepted() throws Exception {
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void toolsListAdvertisesNoOutputSchema() throws Exception {
        HttpResponse<String> response = post(TestConfigs.ADMIN_TOKEN, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\"}");

        JsonNode tools = json(response).at("/result/tools");
        assertThat(tools.size()).isEqualTo(6);
        tools.forEach(tool -> assertThat(tool.has("outputSchema")).isFalse());
    }

    @Test
    void foreignBrowserOriginIsRefused() throws Exception {
        HttpResponse<String> refused = post(TestConfigs.ADMIN_TOKEN, INITIALIZE, "Origin", "http://evil.example");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).at("/error/message").asText()).isEqualTo("Forbidden: this Origin is not allowed (allowed_origins)");
        assertThat(post(TestConfigs.ADMIN_TOKEN, INITIALIZE, "Origin", "http://localhost:6274").statusCode()).isEqualTo(200);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithTheMcpHeaders() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(uri(TestConfigs.ADMIN_TOKEN))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:6274")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,mcp-protocol-version,mcp-method,mcp-name")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().map()).containsEntry("access-control-allow-origin", List.of("http://localhost:6274"))
                .containsEntry("vary", List.of("Origin"))
                .containsEntry("access-control-allow-methods", List.of("POST"))
                .containsEntry("access-control-allow-headers", List.of(
                        "Accept, Authorization, Content-Type, MCP-Protocol-Version, Mcp-Method, Mcp-Name"))
                .containsEntry("access-control-expose-headers", List.of("MCP-Protocol-Version, WWW-Authenticate, X-Request-Id"));
    }

    @Test
    void aPreflightFromAForeignOriginIs403WithoutAnyCorsGrant() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(uri(TestConfigs.ADMIN_TOKEN))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
    }

    @Test
    void answersToAnAllowedOriginNameItAndVaryByOrigin() throws Exception {
        for (String token : List.of(TestConfigs.ADMIN_TOKEN, "unknown-token-unknown-token-unknown")) {
            HttpResponse<String> answer = post(token, INITIALIZE, "Origin", "http://127.0.0.1:5173");

            assertThat(answer.headers().map()).as(token)
                    .containsEntry("access-control-allow-origin", List.of("http://127.0.0.1:5173"))
                    .containsEntry("vary", List.of("Origin"));
        }
        assertThat(post(TestConfigs.ADMIN_TOKEN, INITIALIZE).headers().map()).doesNotContainKey("access-control-allow-origin");
    }

    @Test
    void foreignHostIsRefusedOnALoopbackServer() throws Exception {
        byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /mcp/" + TestConfigs.ADMIN_TOKEN + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(reply.lines().findFirst().orElse("")).startsWith("HTTP/1.1 403");
            assertThat(reply).contains("this Host is not allowed (allowed_hosts)");
        }
    }

    private String raw(String hostAndHeaders) {
        byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
        return TestHttp.raw(port, "POST /mcp/" + TestConfigs.ADMIN_TOKEN + " HTTP/1.1\r\n" + hostAndHeaders
                + "Content-Type: application/json\r\nContent-Length: " + body.length, body);
    }

    @Test
    void hostNamesInAnyCaseAreAccepted() throws Exception {
        String reply = raw("Host: LOCALHOST:" + port + "\r\n");

        assertThat(reply.lines().findFirst().orElse("")).isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void twoAuthorizationHeadersAreRefusedWith400() throws Exception {
        String reply = raw("Host: 127.0.0.1\r\nAuthorization: Bearer one\r\nAuthorization: Bearer two\r\n");

        assertThat(reply.lines().findFirst().orElse("")).startsWith("HTTP/1.1 400");
        assertThat(reply.substring(reply.indexOf("\r\n\r\n") + 4)).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":null,"
                + "\"error\":{\"code\":-32600,\"message\":\"Invalid Request: send one Authorization header, not several\"}}");
    }
}

package dev.mdmmcp.server.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.McpTestClients.call;
import static dev.mdmmcp.server.McpTestClients.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.testing.LogCapture;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole path: the MCP Java SDK client, the Helidon server on a free port, WireMock as the vendor. */
class McpEndToEndTest {

    private static WireMockServer vendor;
    private static MdmMcpServer server;
    private final McpTestClients clients = new McpTestClients();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        server = MdmMcpServer.start(TestConfigs.config(vendor.baseUrl()));
    }

    @AfterAll
    static void stop() {
        server.close();
        vendor.stop();
    }

    @BeforeEach
    void resetVendor() {
        vendor.resetAll();
        vendor.stubFor(post("/ws/oauth/token").willReturn(okJson(
                "{\"access_token\":\"rmm-access-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    }

    @AfterEach
    void closeClients() {
        clients.close();
        freshServers.forEach(MdmMcpServer::close);
    }

    private McpSyncClient client(String token) {
        return client(token, server);
    }

    private final List<MdmMcpServer> freshServers = new ArrayList<>();

    /** A server of its own, for tests that must see the OAuth2 token cache empty. */
    private MdmMcpServer freshServer() {
        MdmMcpServer fresh = MdmMcpServer.start(TestConfigs.config(vendor.baseUrl()));
        freshServers.add(fresh);
        return fresh;
    }

    private McpSyncClient client(String token, MdmMcpServer target) {
        return clients.connect(target, token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    @Test
    void listsToolsWithSchemaAnnotationsAndNoOutputSchema() {
        List<McpSchema.Tool> tools = client(TestConfigs.ADMIN_TOKEN).listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactly("list_devices", "get_device",
                "list_parameters", "update_device", "delete_device", "send_blank_push");
        McpSchema.Tool getDevice = tools.get(1);
        assertThat(getDevice.title()).isEqualTo("Get a device");
        assertThat(getDevice.description()).isEqualTo("One device's record.");
        assertThat(getDevice.inputSchema()).containsEntry("required", List.of("device_id"));
        assertThat(getDevice.outputSchema()).isNull();
        assertThat(getDevice.annotations().readOnlyHint()).isTrue();
        assertThat(getDevice.annotations().destructiveHint()).isFalse();
        McpSchema.ToolAnnotations delete = tools.get(4).annotations();
        assertThat(delete.readOnlyHint()).isFalse();
        assertThat(delete.destructiveHint()).isTrue();
        assertThat(delete.idempotentHint()).isTrue();
        assertThat(delete.openWorldHint()).isTrue();
    }

    @Test
    void readOnlyServerNeitherListsNorRunsWriteTools() {
        McpSyncClient audit = client(TestConfigs.AUDIT_TOKEN);

        assertThat(audit.listTools().tools()).extracting(McpSchema.Tool::name)
                .containsExactly("list_devices", "get_device", "list_parameters");
        McpError writeError = catchMcpError(() -> call(audit, "delete_device", Map.of("device_id", "d1")));
        assertThat(writeError.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
        vendor.verify(0, deleteRequestedFor(urlPathEqualTo("/api/v1/devices/d1")));
    }

    @Test
    void refusalsOfHiddenAndUnknownToolsNameTheRequestedToolAndAreLogged() {
        McpSyncClient audit = client(TestConfigs.AUDIT_TOKEN);
        List<String> lines = new ArrayList<>();
        Handler capture = capturing(lines);
        Logger logger = Logger.getLogger("dev.mdmmcp.server.call");
        logger.addHandler(capture);
        McpError hidden;
        McpError unknown;
        try {
            hidden = catchMcpError(() -> call(audit, "delete_device", Map.of("device_id", "d1")));
            unknown = catchMcpError(() -> call(audit, "lock_device", Map.of()));
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(hidden.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
        assertThat(hidden.getJsonRpcError().message())
                .isEqualTo("Tool delete_device is not available on this server");
        assertThat(unknown.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
        assertThat(unknown.getJsonRpcError().message()).isEqualTo("Unknown tool: lock_device");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("tool call request=[0-9a-f]{8} server=audit vendor=acmemdm tool=delete_device"
                + " outcome=tool_not_available upstream_status=- duration_ms=0");
        assertThat(lines.get(1)).matches("tool call request=[0-9a-f]{8} server=audit vendor=acmemdm tool=lock_device"
                + " outcome=unknown_tool upstream_status=- duration_ms=0");
    }

    private static Handler capturing(List<String> lines) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static McpError catchMcpError(Runnable call) {
        try {
            call.run();
        } catch (McpError e) {
            return e;
        }
        throw new AssertionError("expected an MCP error");
    }

    @Test
    void listPagesWithOffsetsBehindAnOpaqueCursor() throws Exception {
        vendor.stubFor(get(urlEqualTo("/api/v1/devices?platform=Mac&limit=2")).willReturn(okJson("""
                [{"device_id":"d1","serial_number":"S1","platform":"Mac","user":{"email":"a@x.test","name":"A"},"udid":"u1"},
                 {"device_id":"d2","serial_number":"S2","platform":"Mac","user":null}]""")));
        vendor.stubFor(get(urlEqualTo("/api/v1/devices?platform=Mac&limit=2&offset=2"))
                .willReturn(okJson("[{\"device_id\":\"d3\",\"serial_number\":\"S3\"}]")));
        McpSyncClient client = client(TestConfigs.ADMIN_TOKEN);

        CallToolResult first = call(client, "list_devices", Map.of("platform", "Mac", "limit", 2));

        assertThat(first.isError()).isFalse();
        Map<String, Object> page = structured(first);
        assertThat(page.get("items")).isEqualTo(List.of(
                Map.of("device_id", "d1", "serial_number", "S1", "platform", "Mac", "user", Map.of("email", "a@x.test")),
                mapWithNull("device_id", "d2", "serial_number", "S2", "platform", "Mac", "user")));
        String cursor = (String) page.get("next_cursor");
        assertThat(cursor).isNotBlank();
        assertThat(mapper.readTree(text(first))).isEqualTo(mapper.valueToTree(page));
        vendor.verify(getRequestedFor(urlEqualTo("/api/v1/devices?platform=Mac&limit=2"))
                .withHeader("Authorization", equalTo("Bearer mdm-api-token")));

        CallToolResult second = call(client, "list_devices", Map.of("platform", "Mac", "next_cursor", cursor));

        assertThat(structured(second)).isEqualTo(Map.of("items",
                List.of(Map.of("device_id", "d3", "serial_number", "S3"))));
    }

    private static Map<String, Object> mapWithNull(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], i + 1 < keysAndValues.length ? keysAndValues[i + 1] : null);
        }
        return map;
    }

    @Test
    void cursorWithOtherFiltersIsAToolError() {
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices")).willReturn(okJson("[{\"device_id\":\"d1\"},{\"device_id\":\"d2\"}]")));
        McpSyncClient client = client(TestConfigs.ADMIN_TOKEN);
        String cursor = (String) structured(call(client, "list_devices", Map.of("platform", "Mac", "limit", 2))).get("next_cursor");

        CallToolResult result = call(client, "list_devices", Map.of("platform", "iPhone", "next_cursor", cursor));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("next_cursor is not valid for list_devices: pass back the value from the"
                + " previous result unchanged, with the same other arguments");
        vendor.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/devices")));
    }

    @Test
    void localPagingSlicesTheWholeList() {
        vendor.stubFor(get("/api/v1/library/parameters")
                .willReturn(okJson("{\"results\":[{\"id\":1},{\"id\":2},{\"id\":3}]}")));
        McpSyncClient client = client(TestConfigs.AUDIT_TOKEN);

        Map<String, Object> first = structured(call(client, "list_parameters", Map.of()));
        Map<String, Object> second = structured(call(client, "list_parameters", Map.of("next_cursor", first.get("next_cursor"))));

        assertThat(first.get("items")).isEqualTo(List.of(Map.of("id", 1), Map.of("id", 2)));
        assertThat(second).isEqualTo(Map.of("items", List.of(Map.of("id", 3))));
    }

    @Test
    void getCuratesNestedFieldsAndArrays() {
        vendor.stubFor(get("/api/v1/devices/d1").willReturn(okJson("""
                {"device_id":"d1","serial_number":"S1","secret":"x","user":{"email":"a@x.test","phone":"1"},
                 "apps":[{"name":"Docker","version":"4.27"},{"name":"Zoom","version":"5"}]}""")));

        CallToolResult result = call(client(TestConfigs.AUDIT_TOKEN), "get_device", Map.of("device_id", "d1"));

        assertThat(structured(result)).isEqualTo(Map.of("device_id", "d1", "serial_number", "S1",
                "user", Map.of("email", "a@x.test"), "apps", List.of(Map.of("name", "Docker"), Map.of("name", "Zoom"))));
    }

    @Test
    void pathValuesCannotLeaveTheirSegment() {
        vendor.stubFor(get(urlEqualTo("/api/v1/devices/..%2F..%2Fadmin%3Fx%3D1")).willReturn(okJson("{\"device_id\":\"odd\"}")));
        McpSyncClient client = client(TestConfigs.AUDIT_TOKEN);

        CallToolResult encoded = call(client, "get_device", Map.of("device_id", "../../admin?x=1"));
        CallToolResult dotDot = call(client, "get_device", Map.of("device_id", ".."));

        assertThat(encoded.isError()).as(text(encoded)).isFalse();
        assertThat(structured(encoded)).isEqualTo(Map.of("device_id", "odd"));
        assertThat(dotDot.isError()).isTrue();
        assertThat(text(dotDot)).contains("argument 'device_id' must be an id");
        assertThat(vendor.getAllServeEvents()).hasSize(1);
    }

    @Test
    void invalidArgumentsAreToolErrorsAndNothingIsSent() {
        McpSyncClient client = client(TestConfigs.ADMIN_TOKEN);

        CallToolResult missing = call(client, "get_device", Map.of());
        CallToolResult mistyped = call(client, "list_devices", Map.of("limit", "ten"));
        CallToolResult unknown = call(client, "list_devices", Map.of("os", "15"));
        CallToolResult tooMany = call(client, "list_devices", Map.of("limit", 1000));

        assertThat(List.of(missing, mistyped, unknown, tooMany)).allMatch(CallToolResult::isError);
        assertThat(text(missing)).contains("missing required argument 'device_id'");
        assertThat(text(mistyped)).contains("argument 'limit' must be an integer");
        assertThat(text(unknown)).contains("unknown argument 'os' (valid arguments: platform, serial_number");
        assertThat(text(tooMany)).contains("argument 'limit' must be at most 300");
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void upstream401SaysTheCredentialsAreWrong() {
        vendor.stubFor(get("/api/v1/devices/d1").willReturn(aResponse().withStatus(401)
                .withBody("{\"detail\":\"Invalid token.\"}")));

        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN), "get_device", Map.of("device_id", "d1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("AcmeMDM rejected the account's credentials (HTTP 401): Invalid token.")
                .doesNotContain("mdm-api-token");
        vendor.verify(1, getRequestedFor(urlEqualTo("/api/v1/devices/d1")));
    }

    @Test
    void upstream404SaysToCheckTheId() {
        vendor.stubFor(get("/api/v1/devices/nope").willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":{\"message\":\"Device not found\"}}")));

        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN), "get_device", Map.of("device_id", "nope"));

        assertThat(text(result)).isEqualTo("AcmeMDM found no such object (HTTP 404): Device not found. Check 'device_id':"
                + " use an id exactly as a list or search tool returned it.");
    }

    @Test
    void upstream429SaysWhenToRetryWithNormalisedRateLimitMeta() {
        vendor.stubFor(get("/api/v1/devices/d1").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30").withHeader("X-RateLimit-Limit", "50")
                .withBody("{\"message\":\"Too many requests\"}")));

        // A 429 pauses the account: a server of its own keeps the pause away from the other tests.
        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN, freshServer()), "get_device", Map.of("device_id", "d1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("HTTP 429").contains("Retry after 30 seconds");
        assertThat(result.meta()).containsEntry("ratelimit-limit", 50).containsEntry("ratelimit-remaining", 0)
                .containsEntry("ratelimit-reset", 30);
        vendor.verify(1, getRequestedFor(urlEqualTo("/api/v1/devices/d1")));
    }

    @Test
    void successCarriesRateLimitMetaWhenTheVendorSentIt() {
        vendor.stubFor(get("/api/v1/devices/d1").willReturn(okJson("{\"device_id\":\"d1\"}")
                .withHeader("X-RateLimit-Limit", "10000").withHeader("X-RateLimit-Remaining", "9876")));

        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN), "get_device", Map.of("device_id", "d1"));

        assertThat(result.meta()).containsEntry("ratelimit-limit", 10000).containsEntry("ratelimit-remaining", 9876);
    }

    @Test
    void upstream500OnAWriteIsNotRetriedAndSaysTheOutcomeIsUncertain() {
        vendor.stubFor(patch(urlEqualTo("/api/v1/devices/d1")).willReturn(aResponse().withStatus(502).withBody("Bad gateway")));

        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN), "update_device",
                Map.of("device_id", "d1", "asset_tag", "A-7", "user", Map.of("email", "u@x.test")));

        assertThat(text(result)).isEqualTo("AcmeMDM failed with a server error (HTTP 502): Bad gateway. The change may or"
                + " may not have been applied: check with a read tool before trying again.");
        vendor.verify(1, patchRequestedFor(urlEqualTo("/api/v1/devices/d1"))
                .withRequestBody(equalToJson("{\"asset_tag\":\"A-7\",\"user\":{\"email\":\"u@x.test\"}}"))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void upstream500OnAReadSaysToTryAgain() {
        vendor.stubFor(get("/api/v1/devices/d1").willReturn(aResponse().withStatus(500)));

        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN), "get_device", Map.of("device_id", "d1"));

        assertThat(text(result)).isEqualTo("AcmeMDM failed with a server error (HTTP 500). This is a problem on AcmeMDM's"
                + " side; try again in a minute.");
    }

    @Test
    void malformedJsonIsNamedTruncatedOrNotJson() {
        vendor.stubFor(get("/api/v1/devices/cut").willReturn(okJson("{\"device_id\":\"d1\",\"user\":{")));
        vendor.stubFor(get("/api/v1/devices/html").willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
        McpSyncClient client = client(TestConfigs.ADMIN_TOKEN);

        CallToolResult truncated = call(client, "get_device", Map.of("device_id", "cut"));
        CallToolResult notJson = call(client, "get_device", Map.of("device_id", "html"));

        assertThat(truncated.isError()).isTrue();
        assertThat(text(truncated)).startsWith("AcmeMDM answered HTTP 200 with a truncated JSON body");
        assertThat(text(notJson)).startsWith("AcmeMDM answered HTTP 200 with a body that is not valid JSON: \"<html>maintenance</html>\"");
    }

    @Test
    void timeoutIsBoundedAndAWriteIsNeverRepeated() {
        vendor.stubFor(get("/api/v1/devices/slow").willReturn(okJson("{}").withFixedDelay(3000)));
        vendor.stubFor(post("/api/v1/devices/slow/action/blankpush").willReturn(okJson("{}").withFixedDelay(3000)));
        McpSyncClient client = client(TestConfigs.ADMIN_TOKEN);

        long started = System.nanoTime();
        CallToolResult read = call(client, "get_device", Map.of("device_id", "slow"));
        CallToolResult write = call(client, "send_blank_push", Map.of("device_id", "slow"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(text(read)).isEqualTo("AcmeMDM timed out: no complete answer within 1 s. Try again, perhaps with a"
                + " smaller limit or narrower filters.");
        assertThat(text(write)).contains("no complete answer within 1 s").contains("The outcome is unknown")
                .contains("do not repeat it blindly");
        assertThat(seconds).isLessThan(6);
        vendor.verify(1, postRequestedFor(urlEqualTo("/api/v1/devices/slow/action/blankpush")));
    }

    @Test
    void emptySuccessBodyBecomesTheStatus() {
        vendor.stubFor(delete("/api/v1/devices/d1").willReturn(aResponse().withStatus(204)));

        CallToolResult result = call(client(TestConfigs.ADMIN_TOKEN), "delete_device", Map.of("device_id", "d1"));

        assertThat(structured(result)).isEqualTo(Map.of("status", 204));
        assertThat(text(result)).isEqualTo("{\"status\":204}");
    }

    @Test
    void oauthTokenIsFetchedOnceAndAfterIdPagingContinues() {
        vendor.stubFor(get(urlEqualTo("/v2/devices?df=class%3DWINDOWS_SERVER&pageSize=2"))
                .willReturn(okJson("[{\"id\":11,\"systemName\":\"DB-1\",\"x\":1},{\"id\":17,\"systemName\":\"DB-2\"}]")));
        vendor.stubFor(get(urlEqualTo("/v2/devices?df=class%3DWINDOWS_SERVER&pageSize=2&after=17"))
                .willReturn(okJson("[{\"id\":20,\"systemName\":\"DB-3\"}]")));
        McpSyncClient client = client(TestConfigs.RMM_TOKEN, freshServer());

        Map<String, Object> first = structured(call(client, "list_devices", Map.of("df", "class=WINDOWS_SERVER", "limit", 2)));
        Map<String, Object> second = structured(call(client, "list_devices",
                Map.of("df", "class=WINDOWS_SERVER", "next_cursor", first.get("next_cursor"))));

        assertThat(first.get("items")).isEqualTo(List.of(Map.of("id", 11, "systemName", "DB-1"), Map.of("id", 17, "systemName", "DB-2")));
        assertThat(second).isEqualTo(Map.of("items", List.of(Map.of("id", 20, "systemName", "DB-3"))));
        vendor.verify(1, postRequestedFor(urlEqualTo("/ws/oauth/token"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=rmm-client&client_secret=rmm-secret&scope=monitoring")));
        vendor.verify(2, getRequestedFor(urlPathEqualTo("/v2/devices")).withHeader("Authorization", equalTo("Bearer rmm-access-1")));
    }

    @Test
    void rejectedOauthTokenIsRenewedAndTheCallRetriedOnce() {
        vendor.stubFor(post("/ws/oauth/token").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"old\",\"expires_in\":3600}")).willSetStateTo("renewed"));
        vendor.stubFor(post("/ws/oauth/token").inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"access_token\":\"new\",\"expires_in\":3600}")));
        vendor.stubFor(get("/v2/device/5").withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401)));
        vendor.stubFor(get("/v2/device/5").withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(okJson("{\"id\":5}")));
        vendor.stubFor(get("/v2/device/6").willReturn(aResponse().withStatus(401)));
        McpSyncClient client = client(TestConfigs.RMM_TOKEN, freshServer());

        CallToolResult renewed = call(client, "get_device", Map.of("id", 5));
        CallToolResult stillRejected = call(client, "get_device", Map.of("id", 6));

        assertThat(structured(renewed)).isEqualTo(Map.of("id", 5));
        assertThat(stillRejected.isError()).isTrue();
        assertThat(text(stillRejected)).contains("HTTP 401");
        vendor.verify(2, getRequestedFor(urlEqualTo("/v2/device/6")));
    }

    @Test
    void bodyPagingOfAPostRead() {
        vendor.stubFor(post("/v2/ticketing/trigger/board/7/run")
                .withRequestBody(equalToJson("{\"searchCriteria\":\"printer\",\"pageSize\":2}"))
                .willReturn(okJson("{\"data\":[{\"id\":100,\"summary\":\"A\",\"body\":\"..\"},{\"id\":101,\"summary\":\"B\"}]}")));
        vendor.stubFor(post("/v2/ticketing/trigger/board/7/run")
                .withRequestBody(equalToJson("{\"searchCriteria\":\"printer\",\"pageSize\":2,\"lastCursorId\":101}"))
                .willReturn(okJson("{\"data\":[]}")));
        McpSyncClient client = client(TestConfigs.RMM_TOKEN);

        Map<String, Object> first = structured(call(client, "list_tickets", Map.of("board_id", 7, "search", "printer", "limit", 2)));
        Map<String, Object> second = structured(call(client, "list_tickets",
                Map.of("board_id", 7, "search", "printer", "next_cursor", first.get("next_cursor"))));

        assertThat(first.get("items")).isEqualTo(List.of(Map.of("id", 100, "summary", "A"), Map.of("id", 101, "summary", "B")));
        assertThat(second).isEqualTo(Map.of("items", List.of()));
    }

    @Test
    void apiKeyHeaderCursorInBodyAndWrappedArrays() {
        vendor.stubFor(post("/v1/assets/search").withHeader("X-Api-Key", equalTo("key-api-key"))
                .withRequestBody(equalToJson("{\"query\":\"mac\",\"size\":1}"))
                .willReturn(okJson("{\"assets\":[{\"id\":\"a1\"}],\"next\":\"c-2\"}")));
        vendor.stubFor(post("/v1/assets/search")
                .withRequestBody(equalToJson("{\"query\":\"mac\",\"size\":1,\"cursor\":\"c-2\"}"))
                .willReturn(okJson("{\"assets\":[{\"id\":\"a2\"}],\"next\":null}")));
        vendor.stubFor(get("/v1/account/licenses").willReturn(okJson("[{\"sku\":\"pro\",\"seats\":5}]")));
        McpSyncClient client = client(TestConfigs.KEY_TOKEN);

        Map<String, Object> first = structured(call(client, "search_assets", Map.of("query", "mac", "limit", 1)));
        Map<String, Object> second = structured(call(client, "search_assets",
                Map.of("query", "mac", "next_cursor", first.get("next_cursor"))));
        Map<String, Object> licenses = structured(call(client, "get_licenses", Map.of()));

        assertThat(first.get("items")).isEqualTo(List.of(Map.of("id", "a1")));
        assertThat(second).isEqualTo(Map.of("items", List.of(Map.of("id", "a2"))));
        assertThat(licenses).isEqualTo(Map.of("result", List.of(Map.of("sku", "pro"))));
    }

    @Test
    void clientOfAnUnknownTokenCannotConnect() {
        assertThatThrownBy(() -> clients.connect(server, "unknown-".repeat(5))).hasStackTraceContaining("404");
    }

    @Test
    void unknownToolIsAProtocolError() {
        assertThatThrownBy(() -> call(client(TestConfigs.ADMIN_TOKEN), "list_everything", Map.of()))
                .isInstanceOf(McpError.class);
    }

    @Test
    void oneLogLinePerCallWithoutArgumentValuesOrSecrets() {
        vendor.stubFor(get("/api/v1/devices/SERIAL-SECRET-42").willReturn(okJson("{\"device_id\":\"x\"}")));
        List<String> lines;
        try (LogCapture calls = LogCapture.of("dev.mdmmcp.server.call")) {
            call(client(TestConfigs.AUDIT_TOKEN), "get_device", Map.of("device_id", "SERIAL-SECRET-42"));
            lines = calls.messages();
        }

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("tool call request=[0-9a-f]{8} server=audit vendor=acmemdm tool=get_device"
                + " outcome=ok upstream_status=200 duration_ms=\\d+");
        assertThat(lines.get(0)).doesNotContain("SERIAL-SECRET-42").doesNotContain(TestConfigs.AUDIT_TOKEN)
                .doesNotContain("mdm-api-token");
    }
}

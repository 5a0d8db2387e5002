package dev.mdmmcp.server.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A managed server with {@code config.tool_mode: "discovery"} lists the meta-tools instead of its
 * catalog; they find, describe and call exactly the tools its filter lets through, and a call
 * through them is the tool's own call: same result, same call history.
 */
class DiscoveryModeTest extends ServerWithVendorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static String account;

    @BeforeAll
    static void connectAccount() {
        account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
    }

    @Test
    void aDiscoveryServerListsTheThreeReadMetaToolsWhenReadOnlyAndTheWriteCallerOnlyWhenItMayWrite() {
        JsonNode readOnly = tools(discoveryServer("{\"methods\":[\"read\"]}"));
        JsonNode full = tools(discoveryServer("{}"));

        assertThat(names(readOnly)).containsExactly("search_tools", "describe_tool", "call_read_tool");
        assertThat(names(full)).containsExactly("search_tools", "describe_tool", "call_read_tool", "call_write_tool");
        for (JsonNode tool : full) {
            boolean writes = tool.get("name").asText().equals("call_write_tool");
            assertThat(tool.at("/annotations/readOnlyHint").asBoolean()).as(tool.get("name").asText()).isEqualTo(!writes);
            assertThat(tool.at("/annotations/destructiveHint").asBoolean()).as(tool.get("name").asText()).isEqualTo(writes);
        }
    }

    @Test
    void theAdminApiShowsTheToolModeAndRefusesAnUnknownOneNamingTheValidOnes() {
        JsonNode created = server.createServer(account, "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\"}}");
        HttpResponse<String> wrong = server.admin("POST", "/integrated-account/" + account + "/mcp",
                "{\"name\":\"d\",\"config\":{\"tool_mode\":\"search\"}}");
        HttpResponse<String> listed = server.admin("POST", "/integrated-account/" + account + "/mcp", "{\"name\":\"a\"}");

        assertThat(created.at("/config/tool_mode").asText()).isEqualTo("discovery");
        assertThat(json(listed).at("/config/tool_mode").asText()).isEqualTo("all");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).get("field").asText()).isEqualTo("config.tool_mode");
        assertThat(json(wrong).get("message").asText())
                .isEqualTo("config.tool_mode is 'search', which is no tool mode; valid: all, discovery");
    }

    @Test
    void searchToolsRanksTheToolWhoseNameTitleAndDescriptionMatchFirstAndHonoursTags() {
        String token = discoveryServer("{}");

        JsonNode push = structured(call(token, "search_tools", "{\"query\":\"blank push\"}"));
        JsonNode devices = structured(call(token, "search_tools", "{\"query\":\"delete device\",\"limit\":2}"));
        JsonNode library = structured(call(token, "search_tools", "{\"query\":\"device\",\"tags\":[\"library\"]}"));
        JsonNode badTag = call(token, "search_tools", "{\"query\":\"device\",\"tags\":[\"nope\"]}");

        assertThat(push.at("/tools/0/name").asText()).isEqualTo("send_blank_push");
        assertThat(push.at("/tools/0/method").asText()).isEqualTo("custom");
        assertThat(push.at("/tools/0/title").asText()).isEqualTo("Send a blank push");
        assertThat(push.at("/tools/0/summary").asText()).isNotBlank();
        assertThat(names(devices.get("tools"))).hasSize(2).first().isEqualTo("delete_device");
        assertThat(names(library.get("tools"))).allMatch("list_parameters"::equals);
        assertThat(text(badTag)).isEqualTo("Invalid arguments for search_tools: no tool of this server carries the tag"
                + " 'nope' (tags: actions, devices, library).");
    }

    @Test
    void describeToolSaysExactlyWhatToolsListOfAnAllToolsServerSays() {
        String discovery = discoveryServer("{}");
        String all = TestServer.tokenOf(server.createServer(account, "{\"name\":\"all\"}"));
        JsonNode listed = null;
        for (JsonNode tool : tools(all)) {
            if (tool.get("name").asText().equals("update_device")) {
                listed = tool;
            }
        }

        JsonNode described = structured(call(discovery, "describe_tool", "{\"name\":\"update_device\"}"));

        assertThat(listed).isNotNull();
        assertThat(described).isEqualTo(listed);
    }

    @Test
    void callReadToolAnswersExactlyLikeTheToolItselfAndTheCallHistoryNamesTheTool() {
        KnownDevice.stub(vendor);
        JsonNode created = server.createServer(account, "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\"}}");
        String token = TestServer.tokenOf(created);
        String all = TestServer.tokenOf(server.createServer(account, "{\"name\":\"all\"}"));

        JsonNode direct = json(server.mcp(all, KnownDevice.GET_DEVICE)).get("result");
        JsonNode through = call(token, "call_read_tool", "{\"name\":\"get_device\",\"arguments\":{\"device_id\":\"d1\"}}");
        JsonNode invalid = call(token, "call_read_tool", "{\"name\":\"get_device\",\"arguments\":{\"device\":\"d1\"}}");
        JsonNode calls = json(server.admin("GET", "/integrated-account/" + account + "/mcp/" + created.get("id").asText()
                + "/calls", null));

        assertThat(withoutBudget(through)).isEqualTo(withoutBudget(direct));
        assertThat(text(invalid)).isEqualTo(text(json(server.mcp(all, TestServer.toolsCall("get_device",
                "{\"device\":\"d1\"}"))).get("result")));
        // The call went upstream and is in the history under the tool's own name (refusals are only counted).
        assertThat(calls.get("items")).hasSize(1);
        assertThat(calls.at("/items/0/tool").asText()).isEqualTo("get_device");
        assertThat(calls.at("/items/0/outcome").asText()).isEqualTo("ok");
        // Refused before sending: counted per minute and outcome, not kept one by one.
        assertThat(calls.at("/refused/0/outcome").asText()).isEqualTo("invalid_arguments");
        assertThat(calls.at("/refused/0/calls").asLong()).isEqualTo(1);
    }

    @Test
    void aToolThroughTheWrongCallerIsRefusedNamingTheRightOneWithoutAnUpstreamRequest() {
        String token = discoveryServer("{}");
        vendor.resetRequests();

        JsonNode writeAsRead = call(token, "call_read_tool", "{\"name\":\"delete_device\",\"arguments\":{\"device_id\":\"d1\"}}");
        JsonNode readAsWrite = call(token, "call_write_tool", "{\"name\":\"get_device\",\"arguments\":{\"device_id\":\"d1\"}}");

        assertThat(writeAsRead.get("isError").asBoolean()).isTrue();
        assertThat(text(writeAsRead)).isEqualTo("Invalid arguments for call_read_tool: delete_device changes data"
                + " (method delete): call it with call_write_tool.");
        assertThat(text(readAsWrite)).isEqualTo("Invalid arguments for call_write_tool: get_device only reads"
                + " (method get): call it with call_read_tool.");
        vendor.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theMetaToolsRefuseUnknownArgumentsAndAMissingName() {
        String token = discoveryServer("{}");

        assertThat(text(call(token, "describe_tool", "{}"))).isEqualTo(
                "Invalid arguments for describe_tool: missing required argument 'name'.");
        assertThat(text(call(token, "search_tools", "{\"query\":\"x\",\"top\":3}"))).isEqualTo(
                "Invalid arguments for search_tools: unknown argument 'top' (valid arguments: query, tags, limit).");
        assertThat(text(call(token, "call_read_tool", "{\"name\":\"get_device\",\"arguments\":[1]}"))).isEqualTo(
                "Invalid arguments for call_read_tool: argument 'arguments' must be an object: the tool's own arguments.");
    }

    @Test
    void theJavaSdkClientSearchesDescribesAndCallsThroughTheMetaTools() {
        KnownDevice.stub(vendor);
        String token = discoveryServer("{\"methods\":[\"read\"]}");
        try (McpTestClients clients = new McpTestClients()) {
            McpSyncClient client = clients.connect(server.baseUrl(), token);

            List<String> listed = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
            CallToolResult found = McpTestClients.call(client, "search_tools", Map.of("query", "device"));
            CallToolResult described = McpTestClients.call(client, "describe_tool", Map.of("name", "get_device"));
            CallToolResult device = McpTestClients.call(client, "call_read_tool",
                    Map.of("name", "get_device", "arguments", Map.of("device_id", "d1")));

            assertThat(listed).containsExactly("search_tools", "describe_tool", "call_read_tool");
            assertThat(McpTestClients.text(found)).contains("\"name\":\"get_device\"");
            assertThat(McpTestClients.text(described)).contains("\"inputSchema\"");
            assertThat(device.isError()).as(McpTestClients.text(device)).isFalse();
            assertThat(device.structuredContent()).isEqualTo(Map.of("device_id", "d1"));
        }
    }

    @Test
    void theToolsListOfADiscoveryServerOfEitherRealVendorIsAtMost3000BytesWhileAllToolsAreFifteenTimesMore() {
        String kandji = server.createAccount("kandji", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        String ninja = server.createAccount("ninjaone", vendor.baseUrl(), "{\"client_id\":\"c\",\"client_secret\":\"s\"}");
        for (String id : List.of(kandji, ninja)) {
            String discovery = TestServer.tokenOf(server.createServer(id,
                    "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\"}}"));
            String all = TestServer.tokenOf(server.createServer(id, "{\"name\":\"a\"}"));

            int discoveryBytes = server.mcp(discovery, TestServer.TOOLS_LIST).body().getBytes(StandardCharsets.UTF_8).length;
            int allBytes = server.mcp(all, TestServer.TOOLS_LIST).body().getBytes(StandardCharsets.UTF_8).length;

            assertThat(discoveryBytes).as("discovery tools/list of " + id).isLessThanOrEqualTo(3000);
            assertThat(allBytes).as("all-tools tools/list of " + id).isGreaterThan(15 * discoveryBytes);
        }
    }

    @Test
    void searchToolsFindsTheToolsAnAuditQuestionNeedsAmongTheFirstThreeOfARealCatalog() {
        String kandji = server.createAccount("kandji", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        String ninja = server.createAccount("ninjaone", vendor.baseUrl(), "{\"client_id\":\"c\",\"client_secret\":\"s\"}");
        String kandjiToken = TestServer.tokenOf(server.createServer(kandji,
                "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\",\"methods\":[\"read\"]}}"));
        String ninjaToken = TestServer.tokenOf(server.createServer(ninja,
                "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\",\"methods\":[\"read\"]}}"));

        assertThat(topThree(kandjiToken, "apps installed across the fleet with version")).contains("list_fleet_apps");
        assertThat(topThree(kandjiToken, "filevault encryption status")).contains("list_fleet_filevault");
        assertThat(topThree(ninjaToken, "software patch history of a device")).contains(
                "list_all_ninjaone_device_software_patch_history");
        assertThat(topThree(ninjaToken, "device activity log reboot")).contains("list_all_ninjaone_device_activity_logs");
    }

    private static List<String> topThree(String token, String query) {
        return names(structured(call(token, "search_tools", "{\"query\":\"" + query + "\",\"limit\":3}")).get("tools"));
    }

    private static String discoveryServer(String config) {
        String withMode = config.equals("{}") ? "{\"tool_mode\":\"discovery\"}"
                : config.substring(0, config.length() - 1) + ",\"tool_mode\":\"discovery\"}";
        return TestServer.tokenOf(server.createServer(account, "{\"name\":\"d\",\"config\":" + withMode + "}"));
    }

    static JsonNode tools(String token) {
        return json(server.mcp(token, TestServer.TOOLS_LIST)).at("/result/tools");
    }

    static List<String> names(JsonNode tools) {
        List<String> names = new ArrayList<>();
        tools.forEach(tool -> names.add(tool.get("name").asText()));
        return names;
    }

    /** The result of a tools/call (a JSON-RPC error fails the test). */
    static JsonNode call(String token, String tool, String argumentsJson) {
        JsonNode reply = json(server.mcp(token, TestServer.toolsCall(tool, argumentsJson)));
        assertThat(reply.has("result")).as("%s answered %s", tool, reply).isTrue();
        return reply.get("result");
    }

    static JsonNode structured(JsonNode result) {
        assertThat(result.path("isError").asBoolean()).as("%s", result).isFalse();
        return result.get("structuredContent");
    }

    static String text(JsonNode result) {
        return result.at("/content/0/text").asText();
    }

    private static JsonNode withoutBudget(JsonNode result) {
        JsonNode copy = result.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("_meta");
        return copy;
    }
}

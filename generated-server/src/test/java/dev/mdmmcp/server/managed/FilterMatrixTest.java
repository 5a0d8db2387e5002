package dev.mdmmcp.server.managed;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.catalog.VendorCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For several method and tag configurations, {@code tools/list} of a managed server is exactly
 * the expected set, and every other tool of the vendor is refused by {@code tools/call} exactly
 * like a tool that does not exist, without any request reaching the vendor.
 */
class FilterMatrixTest extends ServerWithVendorTest {

    private static final List<String> ACMEMDM = List.of("list_devices", "get_device", "list_parameters", "update_device",
            "delete_device", "send_blank_push");

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("{}", ACMEMDM),
                Arguments.of("{\"methods\":[\"read\"]}", List.of("list_devices", "get_device", "list_parameters")),
                Arguments.of("{\"methods\":[\"write\"]}", List.of("update_device", "delete_device", "send_blank_push")),
                Arguments.of("{\"methods\":[\"delete\",\"custom\"]}", List.of("delete_device", "send_blank_push")),
                Arguments.of("{\"tags\":[\"devices\"]}", List.of("list_devices", "get_device", "update_device", "delete_device")),
                Arguments.of("{\"methods\":[\"read\"],\"tags\":[\"library\"]}", List.of("list_parameters")),
                Arguments.of("{\"methods\":[\"get\",\"update\"],\"tags\":[\"devices\",\"actions\"]}",
                        List.of("get_device", "update_device")),
                Arguments.of("{\"methods\":[\"read\",\"custom\"],\"tags\":[\"actions\",\"library\"]}",
                        List.of("list_parameters", "send_blank_push")));
    }

    @ParameterizedTest(name = "config {0}")
    @MethodSource("configurations")
    void toolsListIsExactlyTheFilteredSetAndEveryHiddenToolIsRefusedByName(String config, List<String> expected) {
        vendor.resetAll();
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"m\",\"config\":" + config + "}"));

        assertThat(toolNames(token)).containsExactlyElementsOf(expected);
        assertThat(error(token, "no_such_tool")).hasToString("{\"code\":-32602,\"message\":\"Unknown tool: no_such_tool\"}");
        for (String hidden : ACMEMDM) {
            if (!expected.contains(hidden)) {
                assertThat(error(token, hidden)).as(hidden + " under " + config).isEqualTo(hiddenRefusal(hidden));
            }
        }
        vendor.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "config {0}")
    @MethodSource("configurations")
    void inDiscoveryModeTheMetaToolsFindDescribeAndCallExactlyTheFilteredSetAndRefuseEveryHiddenToolLikeAnUnknownOne(
            String config, List<String> expected) {
        vendor.resetAll();
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        String withMode = config.equals("{}") ? "{\"tool_mode\":\"discovery\"}"
                : config.substring(0, config.length() - 1) + ",\"tool_mode\":\"discovery\"}";
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"m\",\"config\":" + withMode + "}"));
        boolean writes = expected.stream().anyMatch(tool -> !READS.contains(tool));

        assertThat(toolNames(token)).containsExactlyElementsOf(writes
                ? List.of("search_tools", "describe_tool", "call_read_tool", "call_write_tool")
                : List.of("search_tools", "describe_tool", "call_read_tool"));
        Set<String> found = new TreeSet<>();
        for (String tool : ACMEMDM) {
            String query = tool.replace('_', ' ');
            metaResult(token, "search_tools", "{\"query\":\"" + query + "\",\"limit\":20}").at("/structuredContent/tools")
                    .forEach(hit -> found.add(hit.get("name").asText()));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        String unknownText = "this server has no tool '%s'; search_tools finds its tools.";
        for (String tool : ACMEMDM) {
            JsonNode described = metaResult(token, "describe_tool", "{\"name\":\"" + tool + "\"}");
            if (expected.contains(tool)) {
                assertThat(described.path("isError").asBoolean()).as(tool).isFalse();
                assertThat(described.at("/structuredContent/name").asText()).isEqualTo(tool);
            } else {
                assertThat(described.at("/content/0/text").asText()).as(tool)
                        .isEqualTo("Invalid arguments for describe_tool: " + unknownText.formatted(tool));
                // Only hidden tools are called: no request may reach the vendor.
                String caller = READS.contains(tool) ? "call_read_tool" : "call_write_tool";
                JsonNode called = metaResult(token, caller, "{\"name\":\"" + tool + "\",\"arguments\":{\"device_id\":\"d1\"}}");
                if (caller.equals("call_read_tool") || writes) {
                    assertThat(called.at("/content/0/text").asText()).as(tool)
                            .isEqualTo("Invalid arguments for " + caller + ": " + unknownText.formatted(tool));
                } else {
                    assertThat(called).as(tool).isNull();
                }
            }
        }
        vendor.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aReadOnlyServerOfARealVendorListsEveryReadToolAndReachesNoWriteTool() {
        VendorCatalog kandji = TestConfigs.catalogs().vendor("kandji").orElseThrow();
        String account = server.createAccount("kandji", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"audit\",\"config\":{\"methods\":[\"read\"]}}"));
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        for (ToolEntry tool : kandji.tools()) {
            (tool.descriptor().method().isRead() ? reads : writes).add(tool.name());
        }
        vendor.resetAll();

        assertThat(writes).isNotEmpty();
        assertThat(toolNames(token)).containsExactlyElementsOf(reads);
        for (String write : writes) {
            assertThat(error(token, write)).as(write).isEqualTo(hiddenRefusal(write));
        }
        vendor.verify(0, anyRequestedFor(anyUrl()));
    }

    private static final List<String> READS = List.of("list_devices", "get_device", "list_parameters");

    /** The result of a meta-tool call, or {@code null} when the server has no such meta-tool (a JSON-RPC error). */
    private static JsonNode metaResult(String token, String tool, String argumentsJson) {
        JsonNode reply = json(server.mcp(token, TestServer.toolsCall(tool, argumentsJson)));
        return reply.get("result");
    }

    /** The refusal of a tool the account has but the server's filters hide, naming it. */
    private static JsonNode hiddenRefusal(String tool) {
        com.fasterxml.jackson.databind.node.ObjectNode error = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        error.put("code", -32602);
        error.put("message", "Tool " + tool + " is not available on this server");
        return error;
    }

    private static List<String> toolNames(String token) {
        List<String> names = new ArrayList<>();
        json(server.mcp(token, TestServer.TOOLS_LIST)).at("/result/tools").forEach(tool -> names.add(tool.get("name").asText()));
        return names;
    }

    /** The JSON-RPC error of calling {@code tool} with an argument every fixture tool knows. */
    private static JsonNode error(String token, String tool) {
        JsonNode reply = json(server.mcp(token, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"" + tool + "\",\"arguments\":{\"device_id\":\"d1\"}}}"));
        assertThat(reply.has("error")).as(tool + " must be refused, got " + reply).isTrue();
        return reply.get("error");
    }
}

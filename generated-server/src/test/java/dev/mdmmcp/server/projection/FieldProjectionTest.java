package dev.mdmmcp.server.projection;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code fields} argument of list and get tools: without it the curated fields, with it only
 * those named, {@code ["*"]} the vendor's whole record where the record allows it, and any other
 * name refused with the valid ones before a request is sent.
 */
class FieldProjectionTest extends ServerWithVendorTest {

    private static final String DEVICE = "{\"device_id\":\"d1\",\"serial_number\":\"C02X\",\"platform\":\"Mac\","
            + "\"user\":{\"email\":\"a@example.com\",\"name\":\"Ann\"},\"apps\":[{\"name\":\"Docker\",\"version\":\"4.1\"}],"
            + "\"notes\":\"raw only\"}";

    @BeforeAll
    static void stubVendor() {
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/d1")).willReturn(okJson(DEVICE)));
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices")).willReturn(okJson("[" + DEVICE + "," + DEVICE + "]")));
    }

    @Test
    void withoutFieldsAGetKeepsTheCuratedFields() {
        assertThat(structured("get_device", "{\"device_id\":\"d1\"}").toString()).isEqualTo("{\"device_id\":\"d1\","
                + "\"serial_number\":\"C02X\",\"user\":{\"email\":\"a@example.com\"},\"apps\":[{\"name\":\"Docker\"}]}");
    }

    @Test
    void fieldsKeepOnlyTheNamedFieldsOfEveryItemAndOfAnObject() {
        assertThat(structured("list_devices", "{\"fields\":[\"serial_number\",\"user.email\"]}").get("items").toString())
                .isEqualTo("[{\"serial_number\":\"C02X\",\"user\":{\"email\":\"a@example.com\"}},"
                        + "{\"serial_number\":\"C02X\",\"user\":{\"email\":\"a@example.com\"}}]");
        assertThat(structured("get_device", "{\"device_id\":\"d1\",\"fields\":[\"apps.name\"]}").toString())
                .isEqualTo("{\"apps\":[{\"name\":\"Docker\"}]}");
    }

    @Test
    void aStarGivesTheVendorsWholeRecordWhereTheRecordAllowsIt() {
        assertThat(structured("get_device", "{\"device_id\":\"d1\",\"fields\":[\"*\"]}")).isEqualTo(parse(DEVICE));
    }

    @Test
    void anUnknownFieldOrAStarWhereTheRecordForbidsItIsRefusedWithTheValidFields() {
        vendor.resetRequests();

        assertThat(error("list_devices", "{\"fields\":[\"serial_number\",\"notes\"]}")).isEqualTo("Invalid arguments for "
                + "list_devices: argument 'fields[1]' must be one of: device_id, serial_number, platform, user.email.");
        assertThat(error("list_devices", "{\"fields\":[\"*\"]}")).isEqualTo("Invalid arguments for "
                + "list_devices: argument 'fields[0]' must be one of: device_id, serial_number, platform, user.email.");
        assertThat(error("get_device", "{\"device_id\":\"d1\",\"fields\":\"serial_number\"}")).isEqualTo(
                "Invalid arguments for get_device: argument 'fields' must be an array.");
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void theToolsDescribeTheirFieldsAndWhenToUseThem() {
        JsonNode tools = json(server.mcp(TestConfigs.ADMIN_TOKEN, TestServer.TOOLS_LIST)).at("/result/tools");
        JsonNode getDevice = null;
        for (JsonNode tool : tools) {
            if (tool.get("name").asText().equals("get_device")) {
                getDevice = tool;
            }
        }

        assertThat(getDevice).isNotNull();
        assertThat(getDevice.at("/inputSchema/properties/fields").toString()).isEqualTo("{\"type\":\"array\","
                + "\"description\":\"Only these fields of each result, when a few are enough (e.g. two columns of a large"
                + " list); default: all listed. [\\\"*\\\"]: the vendor's whole record.\",\"items\":{\"type\":\"string\",\"enum\":[\"device_id\",\"serial_number\","
                + "\"user.email\",\"apps.name\",\"*\"]}}");
    }

    @Test
    void theJavaSdkClientAndTheDiscoveryCallerPassFieldsLikeAnyArgument() {
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        String discovery = TestServer.tokenOf(server.createServer(account,
                "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\"}}"));
        try (McpTestClients clients = new McpTestClients()) {
            McpSyncClient all = clients.connect(server.baseUrl(), TestConfigs.ADMIN_TOKEN);
            McpSyncClient meta = clients.connect(server.baseUrl(), discovery);

            CallToolResult direct = McpTestClients.call(all, "list_devices", Map.of("fields", List.of("platform")));
            CallToolResult through = McpTestClients.call(meta, "call_read_tool",
                    Map.of("name", "list_devices", "arguments", Map.of("fields", List.of("platform"))));

            assertThat(McpTestClients.text(direct)).isEqualTo("{\"items\":[{\"platform\":\"Mac\"},{\"platform\":\"Mac\"}]}");
            assertThat(McpTestClients.text(through)).isEqualTo(McpTestClients.text(direct));
        }
    }

    private static JsonNode structured(String tool, String argumentsJson) {
        JsonNode result = json(server.mcp(TestConfigs.ADMIN_TOKEN, TestServer.toolsCall(tool, argumentsJson))).get("result");
        assertThat(result.path("isError").asBoolean()).as("%s", result).isFalse();
        return result.get("structuredContent");
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String error(String tool, String argumentsJson) {
        JsonNode result = json(server.mcp(TestConfigs.ADMIN_TOKEN, TestServer.toolsCall(tool, argumentsJson))).get("result");
        assertThat(result.path("isError").asBoolean()).as("%s", result).isTrue();
        return result.at("/content/0/text").asText();
    }
}

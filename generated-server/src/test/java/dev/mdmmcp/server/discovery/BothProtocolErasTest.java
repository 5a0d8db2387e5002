package dev.mdmmcp.server.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestServer;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.client.McpClient;
import io.modelcontextprotocol.modern.client.transport.HttpClientMcpTransport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discovery mode and {@code fields} through the MCP Java SDK's clients of both protocol eras:
 * the 2025 session client and the 2026-07-28 client list the same meta-tools and get the same
 * answer from {@code call_read_tool} with a projection.
 */
class BothProtocolErasTest extends ServerWithVendorTest {

    private static final Map<String, Object> PROJECTED_DEVICE = Map.of("name", "get_device",
            "arguments", Map.of("device_id", "d1", "fields", List.of("device_id")));
    private static String token;

    @BeforeAll
    static void discoveryServer() {
        KnownDevice.stub(vendor);
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
        token = TestServer.tokenOf(server.createServer(account,
                "{\"name\":\"d\",\"config\":{\"tool_mode\":\"discovery\",\"methods\":[\"read\"]}}"));
        // A first call warms WireMock up: the fixture vendor's read timeout is one second.
        server.mcp(token, TestServer.toolsCall("call_read_tool", "{\"name\":\"get_device\",\"arguments\":{\"device_id\":\"d1\"}}"));
    }

    @Test
    void the2026EraClientListsTheMetaToolsAndCallsAToolWithFieldsLikeThe2025EraClient() {
        io.modelcontextprotocol.modern.client.McpSyncClient modern = McpClient.sync(
                HttpClientMcpTransport.builder(server.baseUrl() + "/mcp/" + token).build()).build();
        List<String> modernTools = modern.listTools().list().tools().stream().map(McpSchema.Tool::name).toList();
        McpSchema.CallToolResult modernCall = modern.tool("call_read_tool").arguments(PROJECTED_DEVICE).call();
        McpSchema.CallToolResult modernSearch = modern.tool("search_tools").arguments(Map.of("query", "device")).call();

        try (McpTestClients clients = new McpTestClients()) {
            McpSyncClient legacy = clients.connect(server.baseUrl(), token);
            List<String> legacyTools = legacy.listTools().tools().stream()
                    .map(io.modelcontextprotocol.spec.McpSchema.Tool::name).toList();
            String legacyCall = McpTestClients.text(McpTestClients.call(legacy, "call_read_tool", PROJECTED_DEVICE));

            assertThat(modernTools).containsExactly("search_tools", "describe_tool", "call_read_tool")
                    .isEqualTo(legacyTools);
            assertThat(modernCall.isError()).as("%s", modernCall).isNotEqualTo(Boolean.TRUE);
            assertThat(text(modernCall)).isEqualTo("{\"device_id\":\"d1\"}").isEqualTo(legacyCall);
            assertThat(text(modernSearch)).contains("\"name\":\"get_device\"");
        }
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().getFirst()).text();
    }
}

package dev.mdmmcp.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.KnownDevice;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code mcp-remote}, which local-only clients (Claude Desktop's config file) use to reach a
 * remote server: it bridges stdio to the server's URL, and the MCP Java SDK's stdio client
 * drives it like Claude Desktop would.
 */
class McpRemoteBridgeTest extends NpmClientTest {

    @Test
    void bridgesStdioToTheServersUrl() throws Exception {
        NodeTooling node = NodeTooling.get();
        List<String> command = node.bin("mcp-remote", served.url(KnownDevice.VENDOR));
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size()))
                .env(node.environment(home))
                .build(), McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> { }); // mcp-remote narrates every message on stderr
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        try {
            McpSchema.InitializeResult initialized = client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            McpSchema.CallToolResult result = client.callTool(KnownDevice.CALL);

            assertThat(initialized.serverInfo().name()).isEqualTo("mdm-mcp");
            assertThat(tools).hasSize(served.catalog(KnownDevice.VENDOR).tools().size());
            assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
            assertThat(result.content()).first().asString().contains(KnownDevice.SERIAL);
            assertThat(KnownDevice.lookups(served.upstream())).isPositive();
        } finally {
            client.closeGracefully();
        }
    }
}

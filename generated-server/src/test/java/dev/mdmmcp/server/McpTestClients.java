package dev.mdmmcp.server;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * MCP Java SDK clients for tests, each with its own HTTP client and connection; closes them all at
 * the end. Their HTTP clients run on virtual threads, so a burst leaves no pool of client threads
 * behind to blur a count of the server's threads.
 */
public final class McpTestClients implements AutoCloseable {

    private final List<McpSyncClient> clients = new ArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** An initialized client of {@code server}'s URL for {@code token}. */
    public McpSyncClient connect(MdmMcpServer server, String token) {
        return connect("http://127.0.0.1:" + server.port(), token);
    }

    /** An initialized client of {@code baseUrl + "/mcp/" + token}: a server in this JVM or another process. */
    public synchronized McpSyncClient connect(String baseUrl, String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(baseUrl)
                .endpoint("/mcp/" + token)
                .customizeClient(http -> http.executor(executor))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
        clients.add(client); // before initialize: a client that fails to connect is closed too
        client.initialize();
        return client;
    }

    public static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    public static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Override
    public synchronized void close() {
        clients.forEach(McpSyncClient::closeGracefully);
        clients.clear();
        executor.shutdownNow();
    }
}

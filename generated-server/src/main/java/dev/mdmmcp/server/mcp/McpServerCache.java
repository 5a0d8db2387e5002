package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.ToolSet;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.catalog.ToolEntry;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SDK server instance per distinct tool set, built on first use and kept. A server only
 * knows the tools of its set, so a filtered URL cannot list or call anything else: the SDK's
 * own tool filter hides tools from {@code tools/list} only and is never used for permissions.
 */
final class McpServerCache implements AutoCloseable {

    private record Built(HelidonStatelessTransport transport, McpStatelessSyncServer server) {
    }

    private final Map<ToolSet, Built> servers = new ConcurrentHashMap<>();
    private final Map<String, AccountConnection> connections;
    private final McpToolSpecifications specifications;
    private final RequestParams params;
    private final String version;

    McpServerCache(Map<String, AccountConnection> connections, McpToolSpecifications specifications,
            RequestParams params, String version) {
        this.connections = Map.copyOf(connections);
        this.specifications = specifications;
        this.params = params;
        this.version = version;
    }

    HelidonStatelessTransport transportFor(ServerDefinition definition) {
        return servers.computeIfAbsent(definition.toolSet(), toolSet -> build(definition)).transport();
    }

    private Built build(ServerDefinition definition) {
        AccountConnection account = connections.get(definition.account().name());
        List<SyncToolSpecification> tools = definition.tools().stream()
                .map((ToolEntry entry) -> specifications.stateless(entry, account))
                .toList();
        HelidonStatelessTransport transport = new HelidonStatelessTransport(params);
        McpStatelessSyncServer server = McpServer.sync(transport)
                .serverInfo(ServerDescription.NAME, version)
                .capabilities(ServerDescription.CAPABILITIES)
                .instructions(ServerDescription.instructions(definition))
                // Arguments are validated by the pipeline first, with messages that name the argument.
                .validateToolInputs(false)
                // Run tool calls on the caller's (virtual) thread rather than a Reactor pool.
                .immediateExecution(true)
                .tools(tools)
                .build();
        return new Built(transport, server);
    }

    @Override
    public void close() {
        servers.values().forEach(built -> built.server().close());
        servers.clear();
    }
}

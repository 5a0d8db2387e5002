package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.ToolSet;
import dev.mdmmcp.server.cache.BoundedCache;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import java.util.List;

/**
 * One SDK server instance per distinct tool set, built on first use and kept while it is among
 * the {@link #MAX_SERVERS} most recently used. A server only knows the tools of its set, so a
 * filtered URL cannot list or call anything else: the SDK's own tool filter hides tools from
 * {@code tools/list} only and is never used for permissions.
 */
final class McpServerCache implements AutoCloseable {

    /** Distinct tool sets kept built; more are rebuilt on demand (a few milliseconds). */
    static final int MAX_SERVERS = 256;

    private record Built(HelidonStatelessTransport transport, McpStatelessSyncServer server) {
    }

    private final BoundedCache<ToolSet, Built> servers = BoundedCache.lru(MAX_SERVERS, built -> built.server().close());
    private final McpToolSpecifications specifications;
    private final RequestParams params;
    private final String version;

    McpServerCache(McpToolSpecifications specifications, RequestParams params, String version) {
        this.specifications = specifications;
        this.params = params;
        this.version = version;
    }

    HelidonStatelessTransport transportFor(ServerDefinition definition) {
        return servers.computeIfAbsent(definition.toolSet(), toolSet -> build(definition)).transport();
    }

    private Built build(ServerDefinition definition) {
        List<SyncToolSpecification> tools = specifications.stateless(definition);
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
        servers.clear();
    }
}

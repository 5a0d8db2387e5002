package dev.mdmmcp.server.mcp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.ToolSet;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.modern.McpSchema.CacheScope;
import io.modelcontextprotocol.modern.McpSchema.Implementation;
import io.modelcontextprotocol.modern.server.feature.McpSyncTool;
import io.modelcontextprotocol.modern.server.feature.ToolsFeature;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SDK servers of each distinct tool set, one per protocol era, built on first use and kept
 * while the set is among the {@link #MAX_SERVERS} most recently used. A server only knows the
 * tools of its set, so a filtered URL cannot list or call anything else: the SDK's own tool
 * filter hides tools from {@code tools/list} only and is never used for permissions.
 */
final class McpServerCache implements AutoCloseable {

    /** Distinct tool sets kept built; more are rebuilt on demand (a few milliseconds). */
    static final int MAX_SERVERS = 256;
    /**
     * How long a 2026-07-28 client may keep {@code tools/list} and {@code server/discover}: a
     * server's tools change only when an administrator edits its filters.
     */
    static final long CACHE_TTL_MILLIS = 300_000;
    /** Arguments are validated by the pipeline, with messages that name the argument; the SDK checks nothing again. */
    private static final JsonSchemaValidator PIPELINE_VALIDATES = (schema, value) ->
            JsonSchemaValidator.ValidationResponse.asValid(null);

    /** The servers of one tool set: the 2025-era one behind its transport, and the 2026-07-28 one. */
    record Servers(HelidonStatelessTransport legacy, McpStatelessSyncServer legacyServer,
            io.modelcontextprotocol.modern.server.McpServer modern) {

        void close() {
            legacyServer.close();
            modern.closeGracefully();
        }
    }

    /** Servers servers; one evicted (or left at close) is closed, on the thread that evicts it. */
    private final Cache<ToolSet, Servers> servers = Caffeine.newBuilder()
            .maximumSize(MAX_SERVERS)
            .executor(Runnable::run)
            .<ToolSet, Servers>removalListener((toolSet, built, cause) -> {
                if (built != null) {
                    built.close();
                }
            })
            .build();
    private final McpToolSpecifications specifications;
    private final RequestParams params;
    private final String version;

    McpServerCache(McpToolSpecifications specifications, RequestParams params, String version) {
        this.specifications = specifications;
        this.params = params;
        this.version = version;
    }

    Servers serversFor(ServerDefinition definition) {
        return servers.get(definition.toolSet(), toolSet -> build(definition));
    }

    private Servers build(ServerDefinition definition) {
        List<SyncToolSpecification> tools = specifications.stateless(definition);
        HelidonStatelessTransport transport = new HelidonStatelessTransport(params,
                tools.stream().map(tool -> tool.tool().name()).collect(Collectors.toUnmodifiableSet()));
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
        return new Servers(transport, server, modern(definition));
    }

    private io.modelcontextprotocol.modern.server.McpServer modern(ServerDefinition definition) {
        List<McpSyncTool> tools = specifications.modern(definition);
        ModernToolRepository repository = new ModernToolRepository(definition, tools, CACHE_TTL_MILLIS);
        return io.modelcontextprotocol.modern.server.McpServer.builder()
                .serverInfo(Implementation.builder(ServerDescription.NAME, version).build())
                .instructions(ServerDescription.instructions(definition))
                .supportedVersions(SupportedProtocolVersions.MODERN)
                .discoverCache(CACHE_TTL_MILLIS, CacheScope.PRIVATE)
                .requestStateCodec(NoRequestState.INSTANCE)
                .feature(ToolsFeature.ofSync(repository, McpJsonDefaults.getMapper(), PIPELINE_VALIDATES,
                        CACHE_TTL_MILLIS, CacheScope.PRIVATE))
                .build();
    }

    @Override
    public void close() {
        servers.invalidateAll();
        servers.cleanUp();
    }
}

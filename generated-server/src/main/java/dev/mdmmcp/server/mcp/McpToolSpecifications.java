package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.discovery.DiscoveryTools;
import dev.mdmmcp.server.discovery.MetaTool;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.ToolHint;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.modern.server.McpSyncResponse;
import io.modelcontextprotocol.modern.server.feature.McpSyncTool;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Describes a catalog tool to the SDK: name, title, description, input schema and annotations
 * from the descriptor, and a call handler that runs the {@link ToolCallPipeline}. The SDK has
 * one specification type for stateless servers (HTTP) and one for session servers (stdio); both
 * are made here from the same tool and the same pipeline, and so is the 2026-07-28 server's kind
 * (the SDK's modern types). No output schema is advertised for now. A server in discovery mode
 * gets the {@link DiscoveryTools} instead of its catalog's tools.
 */
final class McpToolSpecifications {

    static final String CALL_SCOPE = "mdm-mcp.call-scope";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ToolCallPipeline pipeline;
    private final ObjectMapper mapper;
    private final DiscoveryTools discovery;
    private final McpJsonMapper sdkMapper = McpJsonDefaults.getMapper();

    McpToolSpecifications(ToolCallPipeline pipeline, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.discovery = new DiscoveryTools(pipeline, mapper, this::tool);
    }

    /** Every tool a stateless server offers: its admitted tools, or its meta-tools in discovery mode. */
    List<McpStatelessServerFeatures.SyncToolSpecification> stateless(ServerDefinition server) {
        if (server.mode() == ToolMode.DISCOVERY) {
            return discovery.of(server).stream().map(meta -> McpStatelessServerFeatures.SyncToolSpecification.builder()
                    .tool(meta.tool())
                    .callHandler((context, request) -> meta.handler().call(scopeOf(context), request.arguments()))
                    .build()).toList();
        }
        return server.tools().stream().map(entry -> stateless(entry, server)).toList();
    }

    /** Every tool a session server (stdio) offers: its admitted tools, or its meta-tools in discovery mode. */
    List<McpServerFeatures.SyncToolSpecification> session(ServerDefinition server) {
        if (server.mode() == ToolMode.DISCOVERY) {
            return discovery.of(server).stream().map((MetaTool meta) -> McpServerFeatures.SyncToolSpecification.builder()
                    .tool(meta.tool())
                    .callHandler((exchange, request) -> meta.handler().call(sessionScope(server), request.arguments()))
                    .build()).toList();
        }
        return server.tools().stream().map(entry -> session(entry, server.connection(), server)).toList();
    }

    /** Every tool the 2026-07-28 server offers, like {@link #stateless(ServerDefinition)}, in the SDK's modern types. */
    List<McpSyncTool> modern(ServerDefinition server) {
        if (server.mode() == ToolMode.DISCOVERY) {
            return discovery.of(server).stream().map(meta -> McpSyncTool.of(modern(meta.tool()),
                    (context, request) -> modern(meta.handler().call(scopeOf(context.transportContext()),
                            request.arguments())))).toList();
        }
        return server.tools().stream().map(entry -> McpSyncTool.of(modern(tool(entry)),
                (context, request) -> modern(pipeline.call(scopeOf(context.transportContext()), server.connection(), server.tools(), entry,
                        request.arguments())))).toList();
    }

    private io.modelcontextprotocol.modern.McpSchema.Tool modern(McpSchema.Tool tool) {
        return sdkMapper.convertValue(tool, io.modelcontextprotocol.modern.McpSchema.Tool.class);
    }

    private McpSyncResponse<io.modelcontextprotocol.modern.McpSchema.CallToolOutcome> modern(McpSchema.CallToolResult result) {
        return McpSyncResponse.result(sdkMapper.convertValue(result, io.modelcontextprotocol.modern.McpSchema.CallToolResult.class));
    }

    /** For a stateless server: the HTTP endpoint puts the call scope in the transport context. */
    private McpStatelessServerFeatures.SyncToolSpecification stateless(ToolEntry entry, ServerDefinition server) {
        return McpStatelessServerFeatures.SyncToolSpecification.builder()
                .tool(tool(entry))
                .callHandler((context, request) -> pipeline.call(scopeOf(context), server.connection(), server.tools(), entry,
                        request.arguments()))
                .build();
    }

    /** For a session server (stdio), which has one client: every call gets its own request id. */
    private McpServerFeatures.SyncToolSpecification session(ToolEntry entry, AccountConnection account,
            ServerDefinition server) {
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(tool(entry))
                .callHandler((exchange, request) -> pipeline.call(sessionScope(server), account, server.tools(), entry,
                        request.arguments()))
                .build();
    }

    private static CallScope sessionScope(ServerDefinition server) {
        return new CallScope(newRequestId(), server.name(), server.stored());
    }

    private McpSchema.Tool tool(ToolEntry entry) {
        ToolDescriptor descriptor = entry.descriptor();
        return McpSchema.Tool.builder(descriptor.name(), mapper.convertValue(entry.inputSchema(), MAP))
                .title(descriptor.title())
                .description(descriptor.description())
                .annotations(new McpSchema.ToolAnnotations(descriptor.title(),
                        descriptor.has(ToolHint.READ_ONLY),
                        descriptor.has(ToolHint.DESTRUCTIVE),
                        descriptor.has(ToolHint.IDEMPOTENT),
                        descriptor.has(ToolHint.OPEN_WORLD),
                        null))
                .build();
    }

    /** A short random id that ties a call's log line to what the client saw. */
    static String newRequestId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    static CallScope scopeOf(McpTransportContext context) {
        Object scope = context.get(CALL_SCOPE);
        return scope instanceof CallScope callScope ? callScope : new CallScope("-", "-");
    }
}

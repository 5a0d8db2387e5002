package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.catalog.ToolEntry;
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
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Describes a catalog tool to the SDK: name, title, description, input schema and annotations
 * from the descriptor, and a call handler that runs the {@link ToolCallPipeline}. The SDK has
 * one specification type for stateless servers (HTTP) and one for session servers (stdio); both
 * are made here from the same tool and the same pipeline, and so is the 2026-07-28 server's kind. No
 * output schema is advertised for now.
 */
final class McpToolSpecifications {

    static final String CALL_SCOPE = "mdm-mcp.call-scope";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ToolCallPipeline pipeline;
    private final ObjectMapper mapper;
    private final McpJsonMapper sdkMapper = McpJsonDefaults.getMapper();

    McpToolSpecifications(ToolCallPipeline pipeline, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    /** For a stateless server: the HTTP endpoint puts the call scope in the transport context. */
    McpStatelessServerFeatures.SyncToolSpecification stateless(ToolEntry entry, AccountConnection account) {
        return McpStatelessServerFeatures.SyncToolSpecification.builder()
                .tool(tool(entry))
                .callHandler((context, request) -> pipeline.call(scopeOf(context), account, entry, request.arguments()))
                .build();
    }

    /** For a session server (stdio), which has one client: every call gets its own request id. */
    McpServerFeatures.SyncToolSpecification session(ToolEntry entry, AccountConnection account, ServerDefinition server) {
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(tool(entry))
                .callHandler((exchange, request) -> pipeline.call(
                        new CallScope(newRequestId(), server.name(), server.stored()), account, entry, request.arguments()))
                .build();
    }

    /** For the 2026-07-28 server: the same tool and pipeline, in the modern SDK's types. */
    McpSyncTool modern(ToolEntry entry, AccountConnection account) {
        io.modelcontextprotocol.modern.McpSchema.Tool definition = sdkMapper.convertValue(tool(entry),
                io.modelcontextprotocol.modern.McpSchema.Tool.class);
        return McpSyncTool.of(definition, (context, request) -> McpSyncResponse.result(sdkMapper.convertValue(
                pipeline.call(scopeOf(context.transportContext()), account, entry, request.arguments()),
                io.modelcontextprotocol.modern.McpSchema.CallToolResult.class)));
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

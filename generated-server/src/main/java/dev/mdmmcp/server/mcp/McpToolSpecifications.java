package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.ToolHint;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * Describes a catalog tool to the SDK: name, title, description, input schema and annotations
 * from the descriptor, and a call handler that runs the {@link ToolCallPipeline}. No output
 * schema is advertised for now.
 */
final class McpToolSpecifications {

    static final String CALL_SCOPE = "mdm-mcp.call-scope";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ToolCallPipeline pipeline;
    private final ObjectMapper mapper;

    McpToolSpecifications(ToolCallPipeline pipeline, ObjectMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    SyncToolSpecification specification(ToolEntry entry, AccountConnection account) {
        ToolDescriptor descriptor = entry.descriptor();
        McpSchema.Tool tool = McpSchema.Tool.builder(descriptor.name(), mapper.convertValue(entry.inputSchema(), MAP))
                .title(descriptor.title())
                .description(descriptor.description())
                .annotations(new McpSchema.ToolAnnotations(descriptor.title(),
                        descriptor.has(ToolHint.READ_ONLY),
                        descriptor.has(ToolHint.DESTRUCTIVE),
                        descriptor.has(ToolHint.IDEMPOTENT),
                        descriptor.has(ToolHint.OPEN_WORLD),
                        null))
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((context, request) -> pipeline.call(scopeOf(context), account, entry, request.arguments()))
                .build();
    }

    private static CallScope scopeOf(McpTransportContext context) {
        Object scope = context.get(CALL_SCOPE);
        return scope instanceof CallScope callScope ? callScope : new CallScope("-", "-");
    }
}

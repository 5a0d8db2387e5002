package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.call.CallScope;
import io.modelcontextprotocol.modern.McpException;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.server.McpRequestContext;
import io.modelcontextprotocol.modern.server.feature.McpSyncTool;
import io.modelcontextprotocol.modern.server.feature.McpSyncToolRepository;
import io.modelcontextprotocol.modern.server.feature.ToolsPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tools of one tool set for the 2026-07-28 server: listed on one page in catalog order with
 * the cache hints (the list differs per server, so {@code private}); a cursor is never issued, so
 * any cursor is refused; a call of a tool the set lacks is refused by {@link ToolRefusals}.
 */
final class ModernToolRepository implements McpSyncToolRepository {

    private final Map<String, McpSyncTool> tools = new LinkedHashMap<>();
    private final ToolsPage page;
    private final ServerDefinition definition;

    ModernToolRepository(ServerDefinition definition, List<McpSyncTool> tools, long ttlMillis) {
        this.definition = definition;
        tools.forEach(tool -> this.tools.put(tool.definition().name(), tool));
        this.page = new ToolsPage(tools.stream().map(McpSyncTool::definition).toList(), null, ttlMillis,
                McpSchema.CacheScope.PRIVATE);
    }

    @Override
    public ToolsPage list(McpRequestContext ctx, String cursor) {
        if (cursor != null) {
            throw McpException.invalidParams("Invalid params: " + RequestParams.UNKNOWN_CURSOR);
        }
        return page;
    }

    @Override
    public McpSyncTool find(McpRequestContext ctx, String name) {
        McpSyncTool tool = tools.get(name);
        if (tool != null) {
            return tool;
        }
        CallScope scope = McpToolSpecifications.scopeOf(ctx.transportContext());
        throw McpException.invalidParams(ToolRefusals.refuse(definition, scope, name));
    }
}

package dev.mdmmcp.server.discovery;

import dev.mdmmcp.server.call.CallScope;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/**
 * One tool of a discovery-mode server: its definition for {@code tools/list} and what a call of
 * it does. The MCP layer turns it into the SDK's specification of either transport.
 */
public record MetaTool(McpSchema.Tool tool, Handler handler) {

    /** Answers one call; never throws for bad arguments (they become an {@code isError} result). */
    @FunctionalInterface
    public interface Handler {
        CallToolResult call(CallScope scope, Map<String, Object> arguments);
    }
}

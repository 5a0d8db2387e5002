package dev.mdmmcp.server.access;

import java.util.List;

/**
 * What a server may see: an account and the names of the tools its filter lets through. Servers
 * with equal tool sets share one MCP instance.
 */
public record ToolSet(String account, List<String> toolNames) {

    public ToolSet {
        toolNames = List.copyOf(toolNames);
    }
}

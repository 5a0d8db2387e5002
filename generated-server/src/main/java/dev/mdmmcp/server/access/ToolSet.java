package dev.mdmmcp.server.access;

import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.filter.ToolMode;
import java.util.List;

/**
 * What a server may see: a connection to an account (compared by identity: one per account and
 * credentials version), the names of the tools its filter lets through, and how it presents
 * them. Servers with equal tool sets share one MCP instance.
 */
public record ToolSet(AccountConnection connection, List<String> toolNames, ToolMode mode) {

    public ToolSet {
        toolNames = List.copyOf(toolNames);
    }
}

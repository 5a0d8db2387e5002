package dev.mdmmcp.server.access;

import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.McpServerConfig;
import java.util.List;

/**
 * An MCP server a token resolved to: the connection to its account and the tools its filter lets
 * through.
 *
 * @param name the server's name in logs: a configured server's key, a managed server's id
 * @param connection the account it calls
 * @param tools the tools its filter lets through, in catalog order
 * @param requiresApiToken whether clients must also send a valid API token
 * @param stored whether it is a managed server of the store (whose calls are recorded)
 */
public record ServerDefinition(String name, AccountConnection connection, List<ToolEntry> tools, boolean requiresApiToken,
        boolean stored) {

    public ServerDefinition {
        tools = List.copyOf(tools);
    }

    public static ServerDefinition resolve(McpServerConfig server, AccountConnection connection) {
        return new ServerDefinition(server.name(), connection, admitted(connection.account(), server.filter()), false, false);
    }

    /** The tools of {@code account}'s catalog that {@code filter} lets through. */
    static List<ToolEntry> admitted(AccountConfig account, ToolFilter filter) {
        return account.catalog().tools().stream()
                .filter(tool -> filter.admits(tool.descriptor()))
                .toList();
    }

    public AccountConfig account() {
        return connection.account();
    }

    public ToolSet toolSet() {
        return new ToolSet(connection, tools.stream().map(ToolEntry::name).toList());
    }
}

package dev.mdmmcp.server.access;

import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.McpServerConfig;
import java.util.List;

/**
 * A configured server resolved against its account's catalog.
 *
 * @param name the server's name, for logs
 * @param account the account it calls
 * @param tools the tools its filter lets through, in catalog order
 */
public record ServerDefinition(String name, AccountConfig account, List<ToolEntry> tools) {

    public ServerDefinition {
        tools = List.copyOf(tools);
    }

    public static ServerDefinition resolve(McpServerConfig server, AccountConfig account) {
        List<ToolEntry> tools = account.catalog().tools().stream()
                .filter(tool -> server.filter().admits(tool.descriptor()))
                .toList();
        return new ServerDefinition(server.name(), account, tools);
    }

    public ToolSet toolSet() {
        return new ToolSet(account.name(), tools.stream().map(ToolEntry::name).toList());
    }
}

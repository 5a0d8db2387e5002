package dev.mdmmcp.server.access;

import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.McpServerConfig;
import dev.mdmmcp.server.filter.MethodSelection;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.tool.MethodClass;
import java.util.List;
import java.util.Set;

/**
 * An MCP server a token resolved to: the connection to its account and the tools its filter lets
 * through. Its {@link ToolSet} is made once here, not on every request that looks up its MCP
 * instance.
 */
public final class ServerDefinition {

    private final String name;
    private final AccountConnection connection;
    private final List<ToolEntry> tools;
    private final boolean requiresApiToken;
    private final boolean stored;
    private final ToolMode mode;
    private final ToolSet toolSet;

    /**
     * @param name the server's name in logs: a configured server's key, a managed server's id
     * @param connection the account it calls
     * @param tools the tools its filter lets through, in catalog order
     * @param requiresApiToken whether clients must also send a valid API token
     * @param stored whether it is a managed server of the store (whose calls are recorded)
     * @param mode whether it lists its tools or offers the discovery meta-tools
     */
    public ServerDefinition(String name, AccountConnection connection, List<ToolEntry> tools, boolean requiresApiToken,
            boolean stored, ToolMode mode) {
        this.name = name;
        this.connection = connection;
        this.tools = List.copyOf(tools);
        this.requiresApiToken = requiresApiToken;
        this.stored = stored;
        this.mode = mode;
        this.toolSet = new ToolSet(connection, this.tools.stream().map(ToolEntry::name).toList(), mode);
    }

    public static ServerDefinition resolve(McpServerConfig server, AccountConnection connection) {
        return new ServerDefinition(server.name(), connection, admitted(connection.account(), server.filter()), false, false,
                server.toolMode());
    }

    /** This server with its read tools only: what a grant narrowed to read-only sees. */
    public ServerDefinition readOnly() {
        Set<MethodClass> read = MethodSelection.parse(MethodSelection.READ).orElseThrow();
        return new ServerDefinition(name, connection,
                tools.stream().filter(tool -> read.contains(tool.descriptor().method())).toList(), requiresApiToken, stored,
                mode);
    }

    /** The tools of {@code account}'s catalog that {@code filter} lets through. */
    static List<ToolEntry> admitted(AccountConfig account, ToolFilter filter) {
        return account.catalog().tools().stream()
                .filter(tool -> filter.admits(tool.descriptor()))
                .toList();
    }

    public String name() {
        return name;
    }

    public AccountConnection connection() {
        return connection;
    }

    public List<ToolEntry> tools() {
        return tools;
    }

    public boolean requiresApiToken() {
        return requiresApiToken;
    }

    public boolean stored() {
        return stored;
    }

    public ToolMode mode() {
        return mode;
    }

    public AccountConfig account() {
        return connection.account();
    }

    /** What this server may see; servers with equal tool sets share one MCP instance. */
    public ToolSet toolSet() {
        return toolSet;
    }
}

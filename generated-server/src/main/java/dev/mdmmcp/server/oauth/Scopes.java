package dev.mdmmcp.server.oauth;

import java.util.List;

/**
 * The scopes of OAuth servers: {@code mcp:read} lets a client use the server's read tools,
 * {@code mcp:write} its write tools as well. A grant narrowed to read-only holds only
 * {@code mcp:read}.
 */
public final class Scopes {

    public static final String READ = "mcp:read";
    public static final String WRITE = "mcp:write";

    private Scopes() {
    }

    /** Whether a grant of {@code scope} (space-separated) may only read. */
    public static boolean readOnly(String scope) {
        return !List.of(scope.split(" ")).contains(WRITE);
    }
}

package dev.mdmmcp.server.access;

import java.util.List;
import java.util.Optional;

/** Finds the MCP server a URL token belongs to: the configuration's static servers, the store's managed ones. */
public interface ServerLookup {

    /**
     * The server whose token is {@code token}; empty for an unknown, revoked, expired or malformed one.
     *
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    Optional<ServerDefinition> find(String token);

    /** Asks each lookup in turn; the first that knows the token answers. */
    static ServerLookup firstOf(ServerLookup... lookups) {
        List<ServerLookup> all = List.of(lookups);
        return token -> {
            for (ServerLookup lookup : all) {
                Optional<ServerDefinition> server = lookup.find(token);
                if (server.isPresent()) {
                    return server;
                }
            }
            return Optional.empty();
        };
    }
}

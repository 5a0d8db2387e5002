package dev.mdmmcp.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A stored API token; only the hash of the token is kept.
 *
 * @param id a random UUID
 * @param name a unique label, to find it again (list, revoke)
 * @param tokenHash SHA-256 (hex) of the token
 * @param createdAt when it was created
 * @param scope what it opens
 * @param servers the ids of the MCP servers an {@link Scope#MCP} token opens; empty for admin tokens
 */
public record ApiTokenRecord(String id, String name, String tokenHash, Instant createdAt, Scope scope,
        List<String> servers) {

    /** What an API token opens. */
    public enum Scope {
        /** The admin API. */
        ADMIN,
        /** The {@code require_api_token_auth} URLs of the MCP servers it names, nothing else. */
        MCP;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Scope fromWire(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    public ApiTokenRecord {
        servers = List.copyOf(servers);
    }

    /** Whether this token opens the require_api_token_auth URL of server {@code serverId}. */
    public boolean opens(String serverId) {
        return scope == Scope.MCP && servers.contains(serverId);
    }
}

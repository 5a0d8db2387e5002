package dev.mdmmcp.server.oauth;

import dev.mdmmcp.server.people.AllowedPeople;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An MCP server people sign in to: what the consent page says about it and who may connect.
 *
 * @param key a managed server's id, or a configured server's name: its URL is {@code /mcp/oauth/<key>}
 * @param name its name
 * @param vendor the vendor id of its account ({@code kandji}, ...)
 * @param accountName the name of the integrated account it acts on
 * @param methods the method selections it allows ({@code read}, {@code write}, single classes); empty: all
 * @param tags the tags it is limited to; empty: all
 * @param expiresAt when it stops working, if ever
 * @param allowed who may sign in to it
 * @param offersWrite whether any of its tools writes (so a grant can be narrowed to read-only)
 */
public record OAuthServer(String key, String name, String vendor, String accountName, List<String> methods,
        List<String> tags, Optional<Instant> expiresAt, AllowedPeople allowed, boolean offersWrite) {

    public OAuthServer {
        methods = List.copyOf(methods);
        tags = List.copyOf(tags);
    }

    /** The scopes a grant of this server may hold. */
    public List<String> scopes() {
        return offersWrite ? List.of(Scopes.READ, Scopes.WRITE) : List.of(Scopes.READ);
    }
}

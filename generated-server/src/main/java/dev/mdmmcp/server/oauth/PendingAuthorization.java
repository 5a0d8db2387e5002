package dev.mdmmcp.server.oauth;

import java.time.Instant;

/**
 * An authorization request that was checked and waits for the person: sign-in shows it on the
 * consent page and answers it with {@link AuthorizationGrants#approve} or
 * {@link AuthorizationGrants#deny}.
 *
 * @param id random and opaque; {@code /signin/authorize?request=<id>}
 * @param client the client asking
 * @param server the MCP server it asks for, with who may connect
 * @param scope the scope asked for, space-separated ({@link Scopes})
 * @param readOnly whether the grant can only read (the server offers no write tool, or only {@code mcp:read} was asked)
 */
public record PendingAuthorization(String id, Client client, OAuthServer server, String scope, boolean readOnly,
        Instant createdAt, Instant expiresAt) {

    /**
     * The client as the consent page names it.
     *
     * @param name its name, from its metadata document or registration
     * @param clientId its id: the URL of its metadata document, or the id it was registered with
     * @param redirectHost the host its answer goes to (of its redirect URI)
     */
    public record Client(String name, String clientId, String redirectHost) {
    }
}

package dev.mdmmcp.server.store;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A valid authorization request waiting for the person to sign in and consent.
 *
 * @param id random and opaque: the sign-in pages carry it
 * @param serverKey the OAuth server it is for (a managed server's id, or a configured server's name)
 * @param resource the server's URL, the token's audience (RFC 8707)
 * @param clientId the client's id: a registered id or the URL of its metadata document
 * @param clientName the client's name from its metadata
 * @param redirectUri where the answer goes, one of the client's registered redirect URIs
 * @param state the client's {@code state}, returned unchanged
 * @param codeChallenge the PKCE S256 challenge
 * @param scope the scope asked for, space-separated
 */
public record PendingRecord(String id, String serverKey, URI resource, String clientId, String clientName,
        URI redirectUri, Optional<String> state, String codeChallenge, String scope, Instant createdAt,
        Instant expiresAt) {
}

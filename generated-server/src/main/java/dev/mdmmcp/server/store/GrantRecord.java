package dev.mdmmcp.server.store;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What a person allowed a client on one OAuth server. Its refresh tokens are one family: a
 * refresh token used twice ends the grant.
 *
 * @param id a random UUID
 * @param serverKey the OAuth server (a managed server's id, or a configured server's name)
 * @param resource the server's URL, the audience of its tokens
 * @param subject the person's subject at the identity provider
 * @param email the person's e-mail address
 * @param displayName the person's name
 * @param scope the scope granted, space-separated
 * @param expiresAt when its refresh tokens stop working
 */
public record GrantRecord(String id, String serverKey, URI resource, String clientId, String clientName,
        String subject, Optional<String> email, Optional<String> displayName, String scope, Instant createdAt,
        Instant expiresAt) {
}

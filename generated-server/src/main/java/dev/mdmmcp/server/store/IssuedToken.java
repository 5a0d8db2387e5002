package dev.mdmmcp.server.store;

import java.time.Instant;

/**
 * An access or refresh token of a grant, as kept: only its hash.
 *
 * @param tokenHash SHA-256 (hex) of the token
 * @param refresh whether it is a refresh token (else an access token)
 */
public record IssuedToken(String tokenHash, boolean refresh, Instant expiresAt) {
}

package dev.mdmmcp.server.store;

import java.net.URI;
import java.time.Instant;

/**
 * The authorization code of a grant, as kept: only its hash, with what the token request must match.
 *
 * @param codeHash SHA-256 (hex) of the code
 * @param codeChallenge the PKCE S256 challenge of the authorization request
 * @param redirectUri the redirect URI of the authorization request
 */
public record IssuedCode(String codeHash, String codeChallenge, URI redirectUri, Instant expiresAt) {
}

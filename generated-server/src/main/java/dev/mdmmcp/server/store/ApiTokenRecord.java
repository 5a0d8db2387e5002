package dev.mdmmcp.server.store;

import java.time.Instant;

/**
 * A stored API token; only the hash of the token is kept.
 *
 * @param id a random UUID
 * @param name a unique label, to find it again (list, revoke)
 * @param tokenHash SHA-256 (hex) of the token
 * @param createdAt when it was created
 */
public record ApiTokenRecord(String id, String name, String tokenHash, Instant createdAt) {
}

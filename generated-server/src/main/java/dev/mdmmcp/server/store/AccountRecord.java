package dev.mdmmcp.server.store;

import dev.mdmmcp.server.crypto.Sealed;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A stored integrated account: one connected vendor tenant.
 *
 * @param id a random UUID
 * @param integration the vendor id ({@code kandji}, {@code ninjaone})
 * @param name a label chosen by the administrator
 * @param baseUrl the tenant's API base URL
 * @param credentials the vendor credentials as a sealed JSON object
 * @param version raised by every change, so instances rebuild their connection to it
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param upstreamSettings what the account sets of rate limits, concurrency, timeouts, response size
 *        and circuit breaker: a JSON object with the keys of the configuration file; empty: nothing
 */
public record AccountRecord(String id, String integration, String name, URI baseUrl, Sealed credentials, int version,
        Instant createdAt, Instant updatedAt, Optional<String> upstreamSettings) {
}

package dev.mdmmcp.server.oauth;

import java.time.Instant;
import java.util.Optional;

/**
 * What a person allowed a client on an OAuth server, as "my connections" and the admin API show it.
 *
 * @param serverKey a managed server's id, or a configured server's name
 * @param serverName the server's name, while it exists
 * @param readOnly whether the grant can only read
 * @param expiresAt when its refresh tokens stop working
 */
public record Grant(String id, String serverKey, Optional<String> serverName, String clientName, String clientId,
        String subject, Optional<String> email, Optional<String> displayName, boolean readOnly, Instant createdAt,
        Instant expiresAt) {
}

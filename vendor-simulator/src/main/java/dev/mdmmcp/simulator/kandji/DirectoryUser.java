package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/** A person synced from the tenant's directory integration. */
record DirectoryUser(String id, String name, String email, String login, String department, String jobTitle,
        boolean archived, String deprecatedId, Instant createdAt, Instant updatedAt) {
}

package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/** A local macOS account. */
record LocalUser(String username, String fullName, int uid, String type, boolean secureToken, boolean filevaultUser,
        boolean hidden, boolean loggedIn, Instant passwordLastSet, Instant createdAt, String generatedUid) {
}

package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** A third-party software patch: outstanding or an install attempt (with {@code installedAt}). */
record SoftwarePatch(String id, String productIdentifier, String title, String impact, String status, String type,
        Instant installedAt) {
}

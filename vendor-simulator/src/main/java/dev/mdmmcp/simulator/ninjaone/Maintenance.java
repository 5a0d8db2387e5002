package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** A maintenance window, from {@code start} to {@code end}. */
record Maintenance(Instant start, Instant end) {

    String status(Instant now) {
        return now.isBefore(start) ? "PENDING" : now.isBefore(end) ? "IN_MAINTENANCE" : "EXPIRED";
    }
}

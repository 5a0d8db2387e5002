package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;
import java.util.List;

/** A maintenance window: the features suspended from {@code start} to {@code end}. */
record Maintenance(List<String> disabledFeatures, Instant start, Instant end) {

    String status(Instant now) {
        return now.isBefore(start) ? "PENDING" : now.isBefore(end) ? "IN_MAINTENANCE" : "EXPIRED";
    }
}

package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** A job running on a device; jobs started through the API end {@code endsAt}. */
record Job(String uid, int deviceId, String message, String subject, String sourceName, String jobType,
        String jobStatus, Instant created, int userId, Instant endsAt) {
}

package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** An active alert: a policy condition that fired on a device. */
record Alert(String uid, int deviceId, String message, String sourceType, String sourceName, String severity,
        String priority, Instant created) {
}

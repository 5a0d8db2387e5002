package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/**
 * An OS patch of a device: outstanding (status MANUAL, APPROVED, REJECTED, FAILED; no
 * {@code installedAt}) or an install attempt (INSTALLED or FAILED at {@code installedAt}).
 */
record OsPatch(String id, String name, String kbNumber, String severity, String status, String type,
        Instant installedAt) {
}

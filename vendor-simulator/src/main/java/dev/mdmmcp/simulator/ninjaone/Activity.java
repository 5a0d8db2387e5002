package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/**
 * One activity log entry. {@code deviceId} is 0 for system and technician entries; {@code userId}
 * is the technician who caused it, or 0.
 */
record Activity(long id, Instant time, int deviceId, String activityType, String statusCode, String status,
        String result, String subject, String message, int userId, String seriesUid, String sourceName) {

    /** NinjaOne's activity class: DEVICE entries concern a device, USER ones a technician, SYSTEM the rest. */
    String activityClass() {
        return deviceId != 0 ? "DEVICE" : userId != 0 ? "USER" : "SYSTEM";
    }
}

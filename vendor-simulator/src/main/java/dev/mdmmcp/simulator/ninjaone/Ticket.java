package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;
import java.util.List;

/** A ticket; {@code deviceId} and {@code assigneeId} are 0 when it has none. */
record Ticket(int id, String subject, TicketStatus status, String type, String priority, String severity,
        String source, int deviceId, int organizationId, int locationId, int assigneeId, String requesterUid,
        List<String> tags, Instant created, Instant lastUpdated, int timeTracked) {
}

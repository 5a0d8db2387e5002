package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** An entry of the tenant's audit log. Ids sort like their time (ULID). */
record AuditEvent(String id, Instant occurredAt, String action, String actorId, String actorType, String targetId,
        String targetType, String targetComponent, ObjectNode newState) {
}

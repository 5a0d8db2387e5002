package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** A monitoring and management policy; {@code parentId} is 0 for a root policy. */
record Policy(int id, int parentId, String name, String description, NodeClass nodeClass, boolean nodeClassDefault,
        Instant updated) {
}

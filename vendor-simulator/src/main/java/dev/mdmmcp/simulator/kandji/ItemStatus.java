package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/** The state of one library item on one device. */
record ItemStatus(long id, LibraryItem item, String status, Instant reportedAt, String log) {
}

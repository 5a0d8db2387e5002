package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** A device group: a saved search, written as a device filter. */
record Group(int id, String name, String description, boolean shared, String deviceFilter, Instant created,
        Instant updated) {
}

package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** A ticket board: a saved ticket view with its condition and columns. */
record Board(int id, String uid, String name, String description, boolean system, List<String> columns,
        Predicate<Ticket> condition, Instant created, Instant updated) {
}

package dev.mdmmcp.simulator.kandji;

/** A device tag. */
record Tag(String id, String name) {
}

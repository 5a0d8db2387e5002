package dev.mdmmcp.simulator.ninjaone;

/** A site of an organization. */
record Location(int id, int organizationId, String name, String address, String description) {
}

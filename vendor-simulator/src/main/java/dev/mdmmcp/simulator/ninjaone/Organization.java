package dev.mdmmcp.simulator.ninjaone;

import java.util.List;

/** A customer organization and its locations (sites). */
record Organization(int id, String name, String description, String approvalMode, List<String> tags, String domain,
        List<Location> locations) {
}

package dev.mdmmcp.simulator.ninjaone;

/** The antivirus product found on a device. */
record Antivirus(String productName, String productState, String definitionStatus, String version) {
}

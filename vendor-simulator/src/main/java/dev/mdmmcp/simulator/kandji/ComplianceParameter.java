package dev.mdmmcp.simulator.kandji;

/** A compliance check Kandji runs on Macs. */
record ComplianceParameter(String id, String name, String category, String subcategory) {
}

package dev.mdmmcp.simulator.ninjaone;

/** A physical disk. */
record Disk(String name, String model, String interfaceType, String mediaType, String serialNumber, long size,
        int partitions, boolean smartCapable, String status) {
}

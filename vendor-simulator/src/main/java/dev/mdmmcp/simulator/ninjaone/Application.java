package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;

/** Installed software of a device. */
record Application(String name, String publisher, String version, Instant installDate, String location, long size,
        String productCode) {
}

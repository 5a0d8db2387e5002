package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/** A malicious or unwanted file found by EDR. */
record Threat(String name, String classification, String status, Instant detected, Device device, String filePath,
        String fileHash, String process, String owner) {
}

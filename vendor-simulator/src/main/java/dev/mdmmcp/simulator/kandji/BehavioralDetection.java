package dev.mdmmcp.simulator.kandji;

import java.time.Instant;
import java.util.List;

/** Suspicious process behaviour caught by an EDR rule. */
record BehavioralDetection(String id, String threatId, String classification, String status, String description,
        Instant detected, Device device, List<String> tags, String parentProcess, String parentCommand,
        String targetProcess, String targetCommand, String owner) {
}

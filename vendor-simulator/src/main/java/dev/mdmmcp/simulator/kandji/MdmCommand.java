package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/**
 * An MDM command in a device's queue. Status: 1 pending, 2 running, 3 completed, 4 failed,
 * 5 "Not Now".
 */
record MdmCommand(String uuid, String type, int status, Instant requested, Instant completed, String error) {
}

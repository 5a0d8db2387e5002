package dev.mdmmcp.simulator.kandji;

import java.time.Instant;

/** One app on one device. */
record InstalledApp(String appId, AppSpec app, String version, Instant installedAt) {
}

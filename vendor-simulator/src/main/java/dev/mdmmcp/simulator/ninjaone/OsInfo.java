package dev.mdmmcp.simulator.ninjaone;

/** The operating system of a device; {@code latest} is false for outdated releases. */
record OsInfo(String manufacturer, String name, String architecture, String buildNumber, String releaseId,
        boolean latest) {
}

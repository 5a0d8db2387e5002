package dev.mdmmcp.simulator.kandji;

/** One row of a fleet inventory category: a device and, for per-item categories, the item (app, account). */
record PrismRow(Device device, Object item) {

    InstalledApp app() {
        return (InstalledApp) item;
    }

    LocalUser localUser() {
        return (LocalUser) item;
    }
}

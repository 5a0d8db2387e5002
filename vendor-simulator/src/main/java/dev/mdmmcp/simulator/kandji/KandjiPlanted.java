package dev.mdmmcp.simulator.kandji;

import java.util.List;

/**
 * Ground truth the seed planted in a Kandji tenant, for tests that must find exactly it.
 *
 * @param outdatedDocker every enrolled Mac with Docker Desktop older than 4.28.0, in device order
 */
public record KandjiPlanted(List<OutdatedApp> outdatedDocker) {

    /** A Mac with an outdated app: its serial number, its owner (empty when unassigned) and the version. */
    public record OutdatedApp(String serialNumber, String ownerName, String ownerEmail, String version) {
    }

    public KandjiPlanted {
        outdatedDocker = List.copyOf(outdatedDocker);
    }
}

package dev.mdmmcp.simulator.ninjaone;

import java.time.Instant;
import java.util.List;

/**
 * Ground truth the seed planted in a NinjaOne account, for tests that must find exactly it.
 *
 * @param failedOsPatchInstallsSince the start of the 14-day window: midnight (UTC) of the day 14 days before {@code asOf}
 * @param failedOsPatchInstalls every device with a FAILED OS patch install in that window, by id
 * @param offlineServers every offline server, by id
 */
public record NinjaPlanted(Instant failedOsPatchInstallsSince, List<PlantedDevice> failedOsPatchInstalls,
        List<PlantedDevice> offlineServers) {

    /** A device: its id and host name. */
    public record PlantedDevice(int id, String systemName) {
    }

    public NinjaPlanted {
        failedOsPatchInstalls = List.copyOf(failedOsPatchInstalls);
        offlineServers = List.copyOf(offlineServers);
    }
}

package dev.mdmmcp.simulator;

import dev.mdmmcp.simulator.http.Traffic;
import dev.mdmmcp.simulator.kandji.KandjiSimulator;
import dev.mdmmcp.simulator.ninjaone.NinjaOneSimulator;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A running simulated vendor tenant: an HTTP server at {@link #baseUrl()} that answers like the
 * vendor's API for every endpoint under {@code specs/<vendor>/}, over a seeded fleet.
 */
public interface VendorSimulator extends AutoCloseable {

    /** The vendor ids there are simulators for (their {@code specs/} folder names). */
    List<String> VENDORS = List.of(KandjiSimulator.VENDOR, NinjaOneSimulator.VENDOR);

    /** Starts the simulator of {@code vendor}, one of {@link #VENDORS}. */
    static VendorSimulator start(String vendor, SimulatorSettings settings) {
        return switch (vendor) {
            case KandjiSimulator.VENDOR -> KandjiSimulator.start(settings);
            case NinjaOneSimulator.VENDOR -> NinjaOneSimulator.start(settings);
            default -> throw new IllegalArgumentException("no simulator for vendor '" + vendor + "'; there are: "
                    + String.join(", ", VENDORS));
        };
    }

    /** The vendor id, e.g. {@code kandji}. */
    String vendor();

    /** Where the API answers, e.g. {@code http://127.0.0.1:41234}: an account's {@code base_url}. */
    URI baseUrl();

    /** The tenant's credentials by the names an account's {@code credentials} use. */
    Map<String, String> credentials();

    /**
     * Argument values that fit this tenant, by tool argument name: ids that exist in it
     * ({@code device_id}, {@code blueprint_id}, {@code boardId}...) and times in its future (the
     * end of a maintenance window), for tests and benchmarks that call every tool.
     */
    Map<String, Object> sampleArguments();

    /** What reached the simulator so far. */
    Traffic traffic();

    @Override
    void close();
}

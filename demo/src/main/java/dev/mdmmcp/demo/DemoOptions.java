package dev.mdmmcp.demo;

import dev.mdmmcp.simulator.SimulatorSettings;
import java.nio.file.Path;

/**
 * What {@code demo} runs: how many devices each simulated tenant has, the port of the MCP
 * server and where {@code demo.json} goes.
 */
public record DemoOptions(int devices, int port, Path dataDirectory) {

    public static final int DEFAULT_DEVICES = SimulatorSettings.DEFAULT_DEVICES;
    public static final int DEFAULT_PORT = 8080;
    /** The data directory when none is given (ignored by git). */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("data");

    public DemoOptions {
        if (devices < 1 || devices > SimulatorSettings.MAX_DEVICES) {
            throw new IllegalArgumentException("--devices must be from 1 to " + SimulatorSettings.MAX_DEVICES + ", got " + devices);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, got " + port);
        }
    }

    public static DemoOptions defaults() {
        return new DemoOptions(DEFAULT_DEVICES, DEFAULT_PORT, DEFAULT_DATA_DIRECTORY);
    }
}

package dev.mdmmcp.simulator;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one simulated vendor on its own:
 * {@code java -jar vendor-simulator/target/vendor-simulator.jar --vendor kandji --devices 500 --port 9001}.
 * Prints the base URL and credentials to configure an account with, then serves until Ctrl-C.
 */
public final class Main {

    static final String USAGE = """
            Usage: java -jar vendor-simulator.jar --vendor kandji|ninjaone [options]

              --devices N        devices in the fleet (default 500, at most 100000)
              --seed S           seed of the fleet (default 42); same seed, same fleet
              --as-of TIME       the fleet's "now", e.g. 2024-11-21T12:00:00Z (default: the current hour)
              --host H           address to bind (default 127.0.0.1)
              --port P           port to bind (default 0: any free port)
              --no-rate-limits   do not enforce the vendor's request budget (Kandji: 50/s, 10,000/h)
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Only warnings: no logging.properties of its own, so the server's stays the only one on a shared classpath.
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
        VendorSimulator simulator;
        try {
            Options options = Options.parse(List.of(args));
            simulator = VendorSimulator.start(options.vendor(), options.settings());
        } catch (IllegalArgumentException e) {
            System.err.println("vendor-simulator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        describe(simulator, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "vendor-simulator-shutdown"));
        stopped.await();
    }

    static void describe(VendorSimulator simulator, PrintStream out) {
        out.println(simulator.vendor() + " simulator at " + simulator.baseUrl() + " (Ctrl-C stops it)");
        for (Map.Entry<String, String> credential : new TreeMap<>(simulator.credentials()).entrySet()) {
            out.println("  " + credential.getKey() + ": " + credential.getValue());
        }
    }

    /** The command line, checked. */
    record Options(String vendor, SimulatorSettings settings) {

        static Options parse(List<String> args) {
            String vendor = null;
            SimulatorSettings settings = SimulatorSettings.defaults();
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--no-rate-limits")) {
                    settings = settings.withRateLimits(false);
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unknown argument '" + option + "'");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--vendor" -> vendor = value;
                    case "--devices" -> settings = settings.withDevices(number(option, value));
                    case "--seed" -> settings = settings.withSeed(number(option, value));
                    case "--port" -> settings = settings.withPort(number(option, value));
                    case "--host" -> settings = settings.withHost(value);
                    case "--as-of" -> {
                        try {
                            settings = settings.withAsOf(Instant.parse(value));
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException("--as-of needs an instant like 2024-11-21T12:00:00Z, got '" + value + "'");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + option + "'");
                }
            }
            if (vendor == null) {
                throw new IllegalArgumentException("--vendor is required: one of " + String.join(", ", VendorSimulator.VENDORS));
            }
            if (!VendorSimulator.VENDORS.contains(vendor)) {
                throw new IllegalArgumentException("unknown vendor '" + vendor + "': one of " + String.join(", ", VendorSimulator.VENDORS));
            }
            return new Options(vendor, settings);
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
            }
        }
    }
}

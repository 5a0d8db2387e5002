package dev.mdmmcp.demo;

import dev.mdmmcp.server.cli.Cli;
import dev.mdmmcp.server.cli.UsageException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code bin/mdm-mcp demo [--devices N] [--port P] [--data-dir D]}: starts the demo, prints how to
 * use it and runs until Ctrl-C, which stops the server and both simulators. Exit codes as the
 * server's {@link Cli}: 0 done, 1 the demo cannot start, 2 the command line is wrong.
 */
final class DemoCommand {

    static final String USAGE_TEXT = """
            Usage: bin/mdm-mcp demo [--devices N] [--port P] [--data-dir D]
                   (java -jar mdm-mcp-demo.jar [--devices N] [--port P] [--data-dir D])

            Simulated Kandji and NinjaOne tenants (N devices each, default 500) behind MCP servers
            on 127.0.0.1:P (default 8080); writes D/demo.json (default data/). Ctrl-C stops it.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<DemoOptions, Demo> starter;

    DemoCommand(PrintStream out, PrintStream err, Function<DemoOptions, Demo> starter) {
        this.out = out;
        this.err = err;
        this.starter = starter;
    }

    int run(List<String> arguments) {
        if (arguments.size() == 1 && List.of("help", "--help", "-h").contains(arguments.get(0))) {
            out.print(USAGE_TEXT);
            return Cli.OK;
        }
        DemoOptions options;
        try {
            options = parse(arguments);
        } catch (UsageException e) {
            err.println("mdm-mcp: " + e.getMessage());
            err.print(USAGE_TEXT);
            return Cli.USAGE;
        }
        Demo demo;
        try {
            demo = starter.apply(options);
        } catch (RuntimeException e) {
            err.println("mdm-mcp: cannot start the demo on 127.0.0.1:" + options.port() + ": " + Cli.rootMessage(e));
            return Cli.FAILED;
        }
        new DemoReport(demo, options.devices()).print(out);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "mdm-mcp-demo-shutdown"));
        try {
            demo.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            demo.close();
        }
        return Cli.OK;
    }

    static DemoOptions parse(List<String> arguments) {
        DemoOptions defaults = DemoOptions.defaults();
        int devices = defaults.devices();
        int port = defaults.port();
        Path dataDirectory = defaults.dataDirectory();
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            String value;
            if (option.contains("=")) {
                value = option.substring(option.indexOf('=') + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--devices" -> devices = number(name, value);
                case "--port" -> port = number(name, value);
                case "--data-dir" -> {
                    if (value.isBlank()) {
                        throw new UsageException("--data-dir needs a directory");
                    }
                    dataDirectory = Path.of(value);
                }
                default -> throw new UsageException("unknown option '" + name + "' for demo");
            }
        }
        try {
            return new DemoOptions(devices, port, dataDirectory);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got '" + value + "'");
        }
    }
}

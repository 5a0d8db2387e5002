package dev.mdmmcp.server.cli;

import io.helidon.logging.common.LogConfig;

/**
 * Entry point of {@code java -jar mdm-mcp-server.jar}; see {@link Cli} for the commands.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // logging.properties from the classpath (or the working directory) configures JUL,
        // which the MCP SDK's SLF4J logging is routed to.
        LogConfig.configureRuntime();
        System.exit(new Cli(System.out, System.err, System.getenv()).run(args));
    }
}

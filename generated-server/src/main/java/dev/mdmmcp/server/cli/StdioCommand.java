package dev.mdmmcp.server.cli;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.mcp.StdioMcpServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code stdio --config FILE --server NAME}: serves one configured server over stdin/stdout
 * until the client closes stdin. Logs go to stderr; stdout carries protocol messages only.
 */
final class StdioCommand {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    StdioCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    int run(List<String> options) {
        String file = null;
        String server = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--config")) {
                file = valueOf(options, ++i, option);
            } else if (option.startsWith("--config=")) {
                file = option.substring("--config=".length());
            } else if (option.equals("--server")) {
                server = valueOf(options, ++i, option);
            } else if (option.startsWith("--server=")) {
                server = option.substring("--server=".length());
            } else {
                throw new UsageException("unknown option '" + option + "' for stdio");
            }
        }
        if (file == null || file.isBlank()) {
            file = environment.get(Cli.CONFIG_VARIABLE);
        }
        if (file == null || file.isBlank()) {
            throw new UsageException("stdio needs a configuration: pass --config FILE or set " + Cli.CONFIG_VARIABLE);
        }
        if (server == null || server.isBlank()) {
            throw new UsageException("stdio needs --server NAME, one of the servers in the configuration");
        }
        StdoutReservation.reserve(err);
        ServerConfig config = ServerConfig.fromFile(Path.of(file), environment);
        try (StdioMcpServer stdio = StdioMcpServer.start(config, server, in, out, MdmMcpServer.version())) {
            stdio.awaitEndOfInput();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Cli.OK;
    }

    private static String valueOf(List<String> options, int index, String option) {
        if (index >= options.size()) {
            throw new UsageException(option + " needs a value");
        }
        return options.get(index);
    }
}

package dev.mdmmcp.server.cli;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.TokenWatch;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.managed.ManagedServers;
import dev.mdmmcp.server.mcp.StdioMcpServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code stdio --config FILE --server NAME} serves one configured server over stdin/stdout until
 * the client closes stdin; {@code stdio --token TOKEN [--config FILE]} serves the managed server
 * of that URL token, read from the store, until stdin closes or the server is revoked or expires.
 * Logs go to stderr; stdout carries protocol messages only.
 */
final class StdioCommand {

    /** How soon a revoked or expired managed server stops answering over stdio. */
    private static final Duration REVOCATION_CHECK = Duration.ofSeconds(1);

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
        String token = null;
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
            } else if (option.equals("--token")) {
                token = valueOf(options, ++i, option);
            } else if (option.startsWith("--token=")) {
                token = option.substring("--token=".length());
            } else {
                throw new UsageException("unknown option '" + option + "' for stdio");
            }
        }
        if (file == null || file.isBlank()) {
            file = environment.get(Cli.CONFIG_VARIABLE);
        }
        boolean byName = server != null && !server.isBlank();
        boolean byToken = token != null && !token.isBlank();
        if (byName == byToken) {
            throw new UsageException("stdio needs exactly one of --server NAME (a server of the configuration file)"
                    + " and --token TOKEN (a managed server)");
        }
        if (byName && (file == null || file.isBlank())) {
            throw new UsageException("stdio needs a configuration: pass --config FILE or set " + Cli.CONFIG_VARIABLE);
        }
        StdoutReservation.reserve(err);
        ServerConfig config = file == null || file.isBlank()
                ? ServerConfig.fromEnvironment(environment)
                : ServerConfig.fromFile(Path.of(file), environment);
        try {
            if (byName) {
                serveConfigured(config, server);
            } else {
                serveManaged(config, token);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Cli.OK;
    }

    private void serveConfigured(ServerConfig config, String server) throws InterruptedException {
        try (StdioMcpServer stdio = StdioMcpServer.start(config, server, in, out, MdmMcpServer.version())) {
            stdio.awaitEndOfInput();
        }
    }

    private void serveManaged(ServerConfig config, String token) throws InterruptedException {
        // The store's ledger: on PostgreSQL this session draws on the same budgets as the serve instances.
        try (ManagedServers managed = ManagedServers.open(config, JsonMappers.create(), Clock.systemUTC())) {
            ServerDefinition definition = managed.lookup().find(token).orElseThrow(() -> new ConfigException(
                    "no managed server has this token: it is unknown, revoked or expired"));
            try (StdioMcpServer stdio = StdioMcpServer.start(definition, config.cursorSecret(), managed.callObserver(),
                    in, out, MdmMcpServer.version());
                    TokenWatch watch = TokenWatch.start(managed.lookup(), token, REVOCATION_CHECK, stdio::endSession)) {
                stdio.awaitEndOfInput();
            }
        }
    }

    private static String valueOf(List<String> options, int index, String option) {
        if (index >= options.size()) {
            throw new UsageException(option + " needs a value");
        }
        return options.get(index);
    }
}

package dev.mdmmcp.server.cli;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.TokenWatch;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.managed.ManagedServers;
import dev.mdmmcp.server.mcp.StdioMcpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code stdio --config FILE --server NAME} serves one configured server over stdin/stdout until
 * the client closes stdin; {@code stdio --token-file FILE [--config FILE]} (or the URL token in
 * {@value #TOKEN_VARIABLE}) serves the managed server of that URL token, read from the store,
 * until stdin closes or the server is revoked or expires. The token is never an argument: process
 * arguments are readable by every local user. Logs go to stderr; stdout carries protocol messages only.
 */
final class StdioCommand {

    /** The environment variable that may carry the URL token of the managed server to serve. */
    static final String TOKEN_VARIABLE = "MDM_MCP_STDIO_TOKEN";

    /** How soon a revoked or expired managed server stops answering over stdio. */
    private static final Duration REVOCATION_CHECK = Duration.ofSeconds(1);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
        String tokenFile = null;
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
            } else if (option.equals("--token-file")) {
                tokenFile = valueOf(options, ++i, option);
            } else if (option.startsWith("--token-file=")) {
                tokenFile = option.substring("--token-file=".length());
            } else if (option.equals("--token") || option.startsWith("--token=")) {
                throw new UsageException("--token is gone: a token in the process arguments is readable by every local"
                        + " user. Put the URL token in a file only you can read and pass --token-file FILE, or set "
                        + TOKEN_VARIABLE);
            } else {
                throw new UsageException("unknown option '" + option + "' for stdio");
            }
        }
        if (file == null || file.isBlank()) {
            file = environment.get(Cli.CONFIG_VARIABLE);
        }
        String variable = environment.get(TOKEN_VARIABLE);
        boolean byName = server != null && !server.isBlank();
        boolean byFile = tokenFile != null && !tokenFile.isBlank();
        boolean byVariable = variable != null && !variable.isBlank();
        if ((byName ? 1 : 0) + (byFile ? 1 : 0) + (byVariable ? 1 : 0) != 1) {
            throw new UsageException("stdio needs exactly one of --server NAME (a server of the configuration file),"
                    + " --token-file FILE and " + TOKEN_VARIABLE + " (the URL token of a managed server)");
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
                serveManaged(config, byFile ? readToken(Path.of(tokenFile)) : variable.strip());
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
            try (StdioMcpServer stdio = StdioMcpServer.start(definition, config, managed.callObserver(),
                    in, out, MdmMcpServer.version());
                    TokenWatch watch = TokenWatch.start(managed.lookup(), token, REVOCATION_CHECK, stdio::endSession)) {
                stdio.awaitEndOfInput();
            }
        }
    }

    /** The token in {@code file}: its first line, without surrounding blanks. */
    private String readToken(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new ConfigException("the token file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("cannot read the token file " + file + ": " + e.getMessage());
        }
        if (token.isEmpty()) {
            throw new ConfigException("the token file " + file + " is empty");
        }
        try {
            if (!OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                err.println("mdm-mcp: warning: the token file " + file + " is readable by other users: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing to check.
        }
        return token.lines().findFirst().orElse("").strip();
    }

    private static String valueOf(List<String> options, int index, String option) {
        if (index >= options.size()) {
            throw new UsageException(option + " needs a value");
        }
        return options.get(index);
    }
}

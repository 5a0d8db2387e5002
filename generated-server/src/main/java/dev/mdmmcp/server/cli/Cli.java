package dev.mdmmcp.server.cli;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.catalog.CatalogException;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ServerConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The command line: {@code tools [--json]}, {@code serve [--config FILE]},
 * {@code stdio [--config FILE] --server NAME|--token-file FILE}, {@code api-token create|list|revoke}.
 * The demo is not in this jar (it carries no simulator): {@code bin/mdm-mcp demo} runs the demo's own.
 * Exit codes: 0 done, 1 the configuration, a catalog or the store is unusable (one line on stderr,
 * no stack trace), 2 the command line is wrong (usage on stderr).
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final String CONFIG_VARIABLE = "MDM_MCP_CONFIG";

    static final String USAGE_TEXT = """
            Usage: java -jar mdm-mcp-server.jar <command> [options]

            Commands:
              tools [--json]         List the tools of every vendor catalog; --json prints a JSON
                                     array with input schemas and annotations.
              serve [--config FILE]  Start the MCP server. FILE defaults to $MDM_MCP_CONFIG; without
                                     one, every setting comes from the environment.
              api-token create --name NAME [--scope admin|mcp] [--server ID ...] [--config FILE]
                                     Create an API token and print it (only this once; the store
                                     keeps its hash). admin (default): the admin API. mcp: only the
                                     require_api_token_auth URLs of the MCP servers --server names.
              api-token list [--config FILE]
              api-token revoke --name NAME [--config FILE]
              stdio [--config FILE] --server NAME
                                     Serve the configured server NAME over stdin/stdout, for
                                     local clients such as Claude Desktop; logs go to stderr.
              stdio --token-file FILE [--config FILE]
                                     Serve the managed server whose URL token is in FILE over
                                     stdin/stdout (or set MDM_MCP_STDIO_TOKEN instead); reads the
                                     store; ends when the server is revoked or expires.
              help                   Show this text.

            Every configuration value can be overridden by an environment variable named
            MDM_MCP_<KEY_PATH>, e.g. MDM_MCP_PORT or MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN.

            The demo (simulated Kandji and NinjaOne tenants) is a jar of its own, not this one:
            bin/mdm-mcp demo [--devices N] [--port P] [--data-dir D].
            """;
    static final String DEMO_ELSEWHERE = "the demo is not part of the server jar: run bin/mdm-mcp demo"
            + " (java -jar demo/target/mdm-mcp-demo.jar)";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Function<ServerConfig, MdmMcpServer> starter;

    public Cli(PrintStream out, PrintStream err, Map<String, String> environment) {
        this(out, err, environment, MdmMcpServer::start);
    }

    Cli(PrintStream out, PrintStream err, Map<String, String> environment, Function<ServerConfig, MdmMcpServer> starter) {
        this.out = out;
        this.err = err;
        this.environment = Map.copyOf(environment);
        this.starter = starter;
    }

    public int run(String... args) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            List<String> options = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "tools" -> tools(options);
                case "serve" -> serve(options);
                case "stdio" -> new StdioCommand(System.in, out, err, environment).run(options);
                case "api-token" -> new ApiTokenCommand(out, err).run(options, this::config);
                case "demo" -> throw new UsageException(DEMO_ELSEWHERE);
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("mdm-mcp: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (ConfigException | CatalogException e) {
            err.println("mdm-mcp: " + e.getMessage());
            return FAILED;
        }
    }

    private int tools(List<String> options) {
        boolean json = false;
        for (String option : options) {
            if (option.equals("--json")) {
                json = true;
            } else {
                throw new UsageException("unknown option '" + option + "' for tools");
            }
        }
        ToolListing listing = new ToolListing(Catalogs.load());
        if (json) {
            listing.printJson(out);
        } else {
            listing.printTable(out);
        }
        return OK;
    }

    private int serve(List<String> options) {
        String file = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--config")) {
                if (i + 1 >= options.size()) {
                    throw new UsageException("--config needs a file");
                }
                file = options.get(++i);
            } else if (option.startsWith("--config=")) {
                file = option.substring("--config=".length());
            } else {
                throw new UsageException("unknown option '" + option + "' for serve");
            }
        }
        ServerConfig config = config(file);
        MdmMcpServer server;
        try {
            server = starter.apply(config);
        } catch (RuntimeException e) {
            err.println("mdm-mcp: cannot start on " + config.host() + ":" + config.port() + ": " + rootMessage(e));
            return FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mdm-mcp-shutdown"));
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        if (server.failure().isPresent()) {
            err.println("mdm-mcp: " + server.failure().get() + "; exiting so that a supervisor restarts it");
            return FAILED;
        }
        return OK;
    }

    /** The file given, else {@code $MDM_MCP_CONFIG}, else no file: the environment and defaults only. */
    private ServerConfig config(String file) {
        if (file == null || file.isBlank()) {
            file = environment.get(CONFIG_VARIABLE);
        }
        if (file == null || file.isBlank()) {
            return ServerConfig.fromEnvironment(environment);
        }
        return ServerConfig.fromFile(Path.of(file), environment);
    }

    /** The innermost cause's message: what went wrong, without the layers that passed it on. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

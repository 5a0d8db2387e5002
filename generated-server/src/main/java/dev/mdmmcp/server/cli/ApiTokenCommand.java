package dev.mdmmcp.server.cli;

import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.store.ApiTokenRecord;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code api-token create --name NAME [--scope admin|mcp] [--server ID ...]}, {@code api-token list},
 * {@code api-token revoke --name NAME}: API tokens, in the store the server uses. An admin token
 * (the default scope) opens the admin API; an MCP-access token opens only the
 * {@code require_api_token_auth} URLs of the managed servers named by {@code --server} (repeated,
 * or comma-separated). {@code create} prints the token on stdout, alone, so scripts can capture
 * it; it is never shown again, only its hash is stored.
 */
final class ApiTokenCommand {

    private static final int MAX_NAME_LENGTH = 200;

    private final PrintStream out;
    private final PrintStream err;

    ApiTokenCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @param configs reads the configuration of {@code --config FILE} (null: the default) */
    int run(List<String> args, Function<String, ServerConfig> configs) {
        if (args.isEmpty()) {
            throw new UsageException("api-token needs a subcommand: create, list or revoke");
        }
        String subcommand = args.get(0);
        String name = null;
        String file = null;
        String scope = null;
        List<String> servers = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (List.of("--name", "--config", "--scope", "--server").contains(option)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(option + " needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--name" -> name = value;
                    case "--config" -> file = value;
                    case "--scope" -> scope = value;
                    default -> Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                            .forEach(servers::add);
                }
            } else {
                throw new UsageException("unknown option '" + option + "' for api-token " + subcommand);
            }
        }
        if (!List.of("create", "list", "revoke").contains(subcommand)) {
            throw new UsageException("unknown api-token subcommand '" + subcommand + "'; valid: create, list, revoke");
        }
        if (!subcommand.equals("list")) {
            checkName(name, subcommand);
        }
        if (!subcommand.equals("create") && (scope != null || !servers.isEmpty())) {
            throw new UsageException("--scope and --server belong to api-token create");
        }
        ApiTokenRecord.Scope tokenScope = scope(scope, servers);
        ServerConfig config = configs.apply(file);
        try (Store store = Store.open(config.managed())) {
            return switch (subcommand) {
                case "create" -> create(store, name, tokenScope, servers);
                case "revoke" -> revoke(store, name);
                default -> list(store);
            };
        } catch (StoreException e) {
            err.println("mdm-mcp: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private static ApiTokenRecord.Scope scope(String scope, List<String> servers) {
        if (scope == null || scope.equals("admin")) {
            if (!servers.isEmpty()) {
                throw new UsageException("--server names the MCP servers of an MCP-access token: use it with --scope mcp"
                        + " (an admin token opens the admin API, not MCP server URLs)");
            }
            return ApiTokenRecord.Scope.ADMIN;
        }
        if (!scope.equals("mcp")) {
            throw new UsageException("--scope must be admin or mcp, not '" + scope + "'");
        }
        if (servers.isEmpty()) {
            throw new UsageException("--scope mcp needs --server ID: the MCP servers (require_api_token_auth) the token opens");
        }
        return ApiTokenRecord.Scope.MCP;
    }

    private int create(Store store, String name, ApiTokenRecord.Scope scope, List<String> servers) {
        for (String server : servers) {
            if (store.servers().findById(server).isEmpty()) {
                err.println("mdm-mcp: there is no MCP server '" + server + "' (--server takes the id the admin API shows)");
                return Cli.FAILED;
            }
        }
        String token = new NewTokens(new SecureRandom()).next();
        ApiTokenRecord record = new ApiTokenRecord(UUID.randomUUID().toString(), name, TokenHash.of(token),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), scope, servers);
        if (!store.apiTokens().insert(record)) {
            err.println("mdm-mcp: an API token named '" + name + "' exists already: revoke it first or choose another name");
            return Cli.FAILED;
        }
        out.println(token);
        err.println("mdm-mcp: " + (scope == ApiTokenRecord.Scope.ADMIN ? "admin" : "MCP-access") + " API token '" + name
                + "' created" + (scope == ApiTokenRecord.Scope.MCP ? " for " + String.join(", ", servers) : "")
                + ". It is shown only this once: keep it in a secret store and send it as 'Authorization: Bearer <token>'.");
        return Cli.OK;
    }

    private int revoke(Store store, String name) {
        if (!store.apiTokens().deleteByName(name)) {
            err.println("mdm-mcp: there is no API token named '" + name + "'");
            return Cli.FAILED;
        }
        err.println("mdm-mcp: API token '" + name + "' revoked; running servers refuse it within a second.");
        return Cli.OK;
    }

    private int list(Store store) {
        List<ApiTokenRecord> tokens = store.apiTokens().list();
        int width = Math.max(4, tokens.stream().mapToInt(token -> token.name().length()).max().orElse(0));
        out.println(String.format("%-" + width + "s  %-5s  %-24s  %s", "NAME", "SCOPE", "CREATED", "SERVERS"));
        tokens.forEach(token -> out.println(String.format("%-" + width + "s  %-5s  %-24s  %s", token.name(),
                token.scope().wireName(), token.createdAt(), String.join(",", token.servers())).stripTrailing()));
        return Cli.OK;
    }

    private static void checkName(String name, String subcommand) {
        if (name == null || name.isBlank()) {
            throw new UsageException("api-token " + subcommand + " needs --name NAME");
        }
        if (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException("--name must be at most " + MAX_NAME_LENGTH + " printable characters");
        }
    }
}

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
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code api-token create --name NAME}, {@code api-token list}, {@code api-token revoke --name NAME}:
 * API tokens of the admin API, in the store the server uses. {@code create} prints the token on
 * stdout, alone, so scripts can capture it; it is never shown again, only its hash is stored.
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
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--name") || option.equals("--config")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(option + " needs a value");
                }
                if (option.equals("--name")) {
                    name = args.get(++i);
                } else {
                    file = args.get(++i);
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
        ServerConfig config = configs.apply(file);
        try (Store store = Store.open(config.managed())) {
            return switch (subcommand) {
                case "create" -> create(store, name);
                case "revoke" -> revoke(store, name);
                default -> list(store);
            };
        } catch (StoreException e) {
            err.println("mdm-mcp: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    private int create(Store store, String name) {
        String token = new NewTokens(new SecureRandom()).next();
        ApiTokenRecord record = new ApiTokenRecord(UUID.randomUUID().toString(), name, TokenHash.of(token),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        if (!store.apiTokens().insert(record)) {
            err.println("mdm-mcp: an API token named '" + name + "' exists already: revoke it first or choose another name");
            return Cli.FAILED;
        }
        out.println(token);
        err.println("mdm-mcp: API token '" + name + "' created. It is shown only this once: keep it in a secret store"
                + " and send it as 'Authorization: Bearer <token>'.");
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
        out.println(String.format("%-" + width + "s  %s", "NAME", "CREATED"));
        tokens.forEach(token -> out.println(String.format("%-" + width + "s  %s", token.name(), token.createdAt())));
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

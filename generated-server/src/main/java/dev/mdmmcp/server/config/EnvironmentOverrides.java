package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.Overrides;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The environment override rule: every scalar at key path {@code a.b.c} of the configuration
 * file is overridden by the environment variable {@code MDM_MCP_A_B_C}, the path joined with
 * {@code _}, upper-cased, and every character that is not an ASCII letter or digit replaced by
 * {@code _}. Examples:
 * <ul>
 *   <li>{@code port} → {@code MDM_MCP_PORT}</li>
 *   <li>{@code accounts.kandji-prod.credentials.api_token} →
 *       {@code MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN}</li>
 *   <li>{@code servers.audit.token} → {@code MDM_MCP_SERVERS_AUDIT_TOKEN}</li>
 * </ul>
 * A variable set to the empty string counts as unset. Keys the runtime knows are looked up even
 * when the file leaves them out ({@code host}, {@code port}, {@code cursor_secret}, the
 * credential fields of an account, the scalars of a declared account or server), so a key
 * declared with an empty value, or not at all, can be filled by the environment; secrets
 * then never have to be written into the file. Lists ({@code methods}, {@code tags}) are not
 * overridden. Names of accounts and servers must map to distinct variable names.
 */
public final class EnvironmentOverrides implements Overrides {

    public static final String PREFIX = "MDM_MCP_";

    private final Map<String, String> environment;

    public EnvironmentOverrides(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The variable that overrides the scalar at {@code keyPath}. */
    public static String variableFor(List<String> keyPath) {
        String joined = String.join("_", keyPath).toUpperCase(Locale.ROOT);
        return PREFIX + joined.replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public Optional<String> variable(List<String> keyPath) {
        return Optional.of(variableFor(keyPath));
    }

    /** The override of the scalar at {@code keyPath}, when its variable is set and not empty. */
    @Override
    public Optional<String> valueFor(List<String> keyPath) {
        String value = environment.get(variableFor(keyPath));
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}

package dev.mdmmcp.server.config;

import dev.mdmmcp.server.catalog.Catalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked configuration of one server process, read from YAML:
 * <pre>
 * host: 127.0.0.1            # default 127.0.0.1
 * port: 8080                 # default 8080; 0 picks a free port
 * cursor_secret: ...         # optional, 32+ characters: HMAC key of next_cursor values
 * allowed_hosts: [...]       # optional Host header values accepted (DNS rebinding protection)
 * allowed_origins: [...]     # optional Origin header values accepted from browsers
 * max_request_bytes: 1048576 # optional: larger request bodies get HTTP 413
 * result_max_chars: 100000   # optional: the largest tool result returned, see {@link dev.mdmmcp.server.result.ResultCap}
 * limits: {...}              # optional: see {@link ListenerLimits}
 * admin_port: 8081           # optional: see {@link AdminListener}
 * accounts:
 *   kandji-prod:
 *     vendor: kandji
 *     base_url: https://acme.api.kandji.io
 *     credentials:
 *       api_token:           # empty: must come from the environment
 * servers:
 *   audit:
 *     account: kandji-prod
 *     token: ...             # URL-safe, 32+ characters: the URL is /mcp/&lt;token&gt;
 *     methods: [read]        # optional: read, write or single method classes
 *     tags: [devices]        # optional: only tools carrying one of these tags
 * data_dir: ./data           # managed servers: see {@link ManagedConfig}
 * oauth:                     # OAuth servers: see {@link OAuthConfig}
 *   identity_provider: {issuer: https://login.example.com, client_id: ..., client_secret: ...}
 * </pre>
 * Every scalar can be overridden by the environment, see {@link EnvironmentOverrides}.
 *
 * <p>Without {@code cursor_secret} a random key is drawn per process: {@code next_cursor} values
 * then stop working when the process restarts, and instances behind one load balancer do not
 * accept each other's cursors.
 *
 * @param source the file (or text) the configuration came from
 * @param cursorSecret the HMAC key for {@code next_cursor}, when configured
 * @param allowedHosts Host header values accepted; empty accepts loopback names when bound to loopback, else any
 * @param allowedOrigins Origin header values accepted; a request without Origin is always accepted
 * @param maxRequestBytes the largest request body any endpoint reads
 * @param resultMaxChars the largest tool result returned: longer list pages are shortened, a longer object is a tool error
 * @param limits connections, requests and request rates the listener allows
 * @param adminListener where the admin API and {@code /observe/*} are served
 * @param catalogs the vendor catalogs the configuration was checked against
 * @param managed the store, master key, admin token and public URL of managed servers
 * @param oauth the settings of OAuth servers: the identity provider people sign in with
 */
public record ServerConfig(
        String source,
        String host,
        int port,
        Optional<Secret> cursorSecret,
        List<String> allowedHosts,
        List<String> allowedOrigins,
        long maxRequestBytes,
        int resultMaxChars,
        ListenerLimits limits,
        AdminListener adminListener,
        Map<String, AccountConfig> accounts,
        Map<String, McpServerConfig> servers,
        Catalogs catalogs,
        ManagedConfig managed,
        OAuthConfig oauth) {

    public ServerConfig {
        allowedHosts = List.copyOf(allowedHosts);
        allowedOrigins = List.copyOf(allowedOrigins);
        accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
        servers = Collections.unmodifiableMap(new LinkedHashMap<>(servers));
    }

    /** No file: every value from the environment or its default (managed servers only). */
    public static ServerConfig fromEnvironment(Map<String, String> environment) {
        return new ServerConfigReader().read("", "the environment", environment, Catalogs.load());
    }

    /** Reads YAML text, checked against the catalogs on the classpath. */
    public static ServerConfig fromYaml(String yaml, Map<String, String> environment) {
        return fromYaml(yaml, environment, Catalogs.load());
    }

    public static ServerConfig fromYaml(String yaml, Map<String, String> environment, Catalogs catalogs) {
        return new ServerConfigReader().read(yaml, "the configuration text", environment, catalogs);
    }

    /** Reads a YAML file, checked against the catalogs on the classpath. */
    public static ServerConfig fromFile(Path file, Map<String, String> environment) {
        return fromFile(file, environment, Catalogs.load());
    }

    public static ServerConfig fromFile(Path file, Map<String, String> environment, Catalogs catalogs) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        return new ServerConfigReader().read(text, file.toString(), environment, catalogs);
    }

    /** Whether the server listens on a loopback address only. */
    public boolean loopbackOnly() {
        return ServerConfigReader.isLoopback(host);
    }

    public AccountConfig account(String name) {
        AccountConfig account = accounts.get(name);
        if (account == null) {
            throw new IllegalArgumentException("no account '" + name + "'");
        }
        return account;
    }
}

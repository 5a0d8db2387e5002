package dev.mdmmcp.server.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.result.ResultCap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Turns the YAML text plus the environment into a checked {@link ServerConfig}. */
final class ServerConfigReader {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 8080;
    static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    private static final long MIN_MAX_REQUEST_BYTES = 1024;
    private static final long MAX_MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    private static final int MIN_CURSOR_SECRET_LENGTH = 32;
    /** Room for a next_cursor, a note and at least a small item. */
    private static final long MIN_RESULT_MAX_CHARS = 2_000;
    private static final long MAX_RESULT_MAX_CHARS = 10_000_000;
    private static final List<String> KEYS = Stream.concat(
            Stream.of("host", "port", "cursor_secret", "allowed_hosts", "allowed_origins", "max_request_bytes",
                    "result_max_chars", "limits", "admin_port", "admin_host", "accounts", "servers", OAuthConfigReader.KEY),
            ManagedConfigReader.KEYS.stream()).toList();

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    ServerConfig read(String text, String source, Map<String, String> environment, Catalogs catalogs) {
        ConfigNode root = ConfigNode.root(source, new EnvironmentOverrides(environment), parse(text, source));
        root.rejectUnknownKeys(KEYS, "a configuration key");
        String host = root.scalar("host").map(ConfigValue::text).orElse(DEFAULT_HOST).trim();
        int port = root.scalar("port").map(value -> port(root, value)).orElse(DEFAULT_PORT);
        Optional<Secret> cursorSecret = root.scalar("cursor_secret").map(value -> cursorSecret(root, value));
        List<String> allowedHosts = root.list("allowed_hosts").orElse(List.of());
        List<String> allowedOrigins = root.list("allowed_origins").orElse(List.of());
        long maxRequestBytes = root.scalar("max_request_bytes")
                .map(value -> wholeNumber(root, "max_request_bytes", value, "bytes", MIN_MAX_REQUEST_BYTES, MAX_MAX_REQUEST_BYTES))
                .orElse(DEFAULT_MAX_REQUEST_BYTES);
        int resultMaxChars = Math.toIntExact(root.scalar("result_max_chars")
                .map(value -> wholeNumber(root, "result_max_chars", value, "characters", MIN_RESULT_MAX_CHARS,
                        MAX_RESULT_MAX_CHARS))
                .orElse((long) ResultCap.DEFAULT_MAX_CHARS));
        ListenerLimits limits = ListenerLimitsReader.read(root);
        AdminListener adminListener = adminListener(root, host);
        Map<String, AccountConfig> accounts = new AccountConfigReader(catalogs).read(root);
        Map<String, McpServerConfig> servers = new McpServerConfigReader(accounts).read(root);
        ManagedConfig managed = new ManagedConfigReader().read(root);
        OAuthConfig oauth = new OAuthConfigReader().read(root);
        return new ServerConfig(source, host, port, cursorSecret, allowedHosts, allowedOrigins, maxRequestBytes,
                resultMaxChars, limits, adminListener, accounts, servers, catalogs, managed, oauth);
    }

    private JsonNode parse(String text, String source) {
        try {
            JsonNode root = yaml.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                return yaml.createObjectNode();
            }
            if (!root.isObject()) {
                throw new ConfigException("configuration error in " + source
                        + ": the file must be a YAML map with the keys " + String.join(", ", KEYS));
            }
            return root;
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the offending line, which can hold a secret: keep
            // the first line of its explanation and the position only.
            String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ConfigException("configuration error in " + source + ": not valid YAML" + where
                    + (problem.isBlank() ? "" : " (" + problem.trim() + ")"));
        }
    }

    /**
     * {@code admin_port}: a port, or {@code shared} for the MCP listener. Unset, the admin API
     * shares a loopback listener, and gets {@code 127.0.0.1:8081} when {@code host} is wider.
     */
    private static AdminListener adminListener(ConfigNode root, String host) {
        String adminHost = root.scalar("admin_host").map(ConfigValue::text).orElse(AdminListener.DEFAULT_HOST).trim();
        Optional<ConfigValue> adminPort = root.scalar("admin_port");
        if (adminPort.isPresent() && adminPort.get().text().trim().equalsIgnoreCase("shared")) {
            return new AdminListener(OptionalInt.empty(), adminHost);
        }
        if (adminPort.isPresent()) {
            return new AdminListener(OptionalInt.of(port(root, "admin_port", adminPort.get())), adminHost);
        }
        return new AdminListener(isLoopback(host) ? OptionalInt.empty() : OptionalInt.of(AdminListener.DEFAULT_SEPARATE_PORT),
                adminHost);
    }

    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("::1") || name.equals("[::1]");
    }

    private static int port(ConfigNode root, ConfigValue value) {
        return port(root, "port", value);
    }

    private static int port(ConfigNode root, String key, ConfigValue value) {
        String problem = "must be a whole number from 0 to 65535, got '" + value.text() + "'"
                + (value.origin().equals(root.source()) ? "" : " (from " + value.origin() + ")");
        try {
            int port = Integer.parseInt(value.text().trim());
            if (port < 0 || port > 65535) {
                throw root.error(key, problem);
            }
            return port;
        } catch (NumberFormatException e) {
            throw root.error(key, problem);
        }
    }

    private static long wholeNumber(ConfigNode root, String key, ConfigValue value, String unit, long min, long max) {
        String problem = "must be a whole number of " + unit + " from " + min + " to " + max
                + ", got '" + value.text() + "'" + (value.origin().equals(root.source()) ? "" : " (from " + value.origin() + ")");
        try {
            long number = Long.parseLong(value.text().trim());
            if (number < min || number > max) {
                throw root.error(key, problem);
            }
            return number;
        } catch (NumberFormatException e) {
            throw root.error(key, problem);
        }
    }

    private static Secret cursorSecret(ConfigNode root, ConfigValue value) {
        if (value.text().length() < MIN_CURSOR_SECRET_LENGTH) {
            throw root.error("cursor_secret", "must be at least " + MIN_CURSOR_SECRET_LENGTH + " characters long"
                    + (value.origin().equals(root.source()) ? "" : " (from " + value.origin() + ")"));
        }
        return new Secret(value.text());
    }
}

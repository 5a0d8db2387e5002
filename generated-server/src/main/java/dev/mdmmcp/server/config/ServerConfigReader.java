package dev.mdmmcp.server.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mdmmcp.server.binding.BoundValue;
import dev.mdmmcp.server.binding.Refusal;
import dev.mdmmcp.server.binding.StrictInput;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.result.ResultCap;
import java.util.LinkedHashMap;
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
    private static final int MIN_RESULT_MAX_CHARS = 2_000;
    private static final int MAX_RESULT_MAX_CHARS = 10_000_000;
    private static final List<String> KEYS = Stream.concat(
            Stream.of("host", "port", "cursor_secret", "allowed_hosts", "allowed_origins", "max_request_bytes",
                    "result_max_chars", "limits", "admin_port", "admin_host", "accounts", "servers", OAuthConfigReader.KEY),
            ManagedConfigReader.KEYS.stream()).toList();

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    ServerConfig read(String text, String source, Map<String, String> environment, Catalogs catalogs) {
        StrictInput input = StrictInput.file(source, new EnvironmentOverrides(environment));
        StrictNode root = input.root(parse(text, source));
        root.rejectUnknownKeys(KEYS, "a configuration key");
        String host = root.scalar("host").map(BoundValue::text).orElse(DEFAULT_HOST).trim();
        int port = root.integer("port", 0, 65535).orElse(DEFAULT_PORT);
        Optional<Secret> cursorSecret = root.read(root.secret("cursor_secret"), "cursor_secret",
                ServerConfigReader::cursorSecret);
        List<String> allowedHosts = root.list("allowed_hosts").orElse(List.of());
        List<String> allowedOrigins = root.list("allowed_origins").orElse(List.of());
        long maxRequestBytes = root.wholeNumber("max_request_bytes", MIN_MAX_REQUEST_BYTES, MAX_MAX_REQUEST_BYTES,
                "a whole number of bytes").orElse(DEFAULT_MAX_REQUEST_BYTES);
        int resultMaxChars = root.wholeNumber("result_max_chars", MIN_RESULT_MAX_CHARS, MAX_RESULT_MAX_CHARS,
                "a whole number of characters").map(Long::intValue).orElse(ResultCap.DEFAULT_MAX_CHARS);
        ListenerLimits limits = ListenerLimitsReader.read(root);
        AdminListener adminListener = adminListener(root, host);
        Map<String, Optional<AccountConfig>> accounts = new AccountConfigReader(catalogs).read(root);
        Map<String, McpServerConfig> servers = new McpServerConfigReader(accounts).read(root);
        ManagedConfig managed = new ManagedConfigReader().read(root);
        OAuthConfig oauth = new OAuthConfigReader().read(root);
        ConfigException.throwIfAny(input);
        Map<String, AccountConfig> valid = new LinkedHashMap<>();
        accounts.forEach((name, account) -> valid.put(name, account.orElseThrow()));
        return new ServerConfig(source, host, port, cursorSecret, allowedHosts, allowedOrigins, maxRequestBytes,
                resultMaxChars, limits, adminListener, valid, servers, catalogs, managed, oauth);
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
    private static AdminListener adminListener(StrictNode root, String host) {
        String adminHost = root.scalar("admin_host").map(BoundValue::text).orElse(AdminListener.DEFAULT_HOST).trim();
        boolean shared = root.scalar("admin_port").filter(value -> value.text().trim().equalsIgnoreCase("shared")).isPresent();
        if (shared) {
            return new AdminListener(OptionalInt.empty(), adminHost);
        }
        if (root.has("admin_port")) {
            return new AdminListener(OptionalInt.of(root.integer("admin_port", 0, 65535)
                    .orElse(AdminListener.DEFAULT_SEPARATE_PORT)), adminHost);
        }
        return new AdminListener(isLoopback(host) ? OptionalInt.empty() : OptionalInt.of(AdminListener.DEFAULT_SEPARATE_PORT),
                adminHost);
    }

    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("::1") || name.equals("[::1]");
    }

    private static Secret cursorSecret(BoundValue value) {
        if (value.text().length() < MIN_CURSOR_SECRET_LENGTH) {
            throw new Refusal("must be at least " + MIN_CURSOR_SECRET_LENGTH + " characters long");
        }
        return new Secret(value.text());
    }
}

package dev.mdmmcp.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Reads and checks the top-level keys of managed servers: store, master key, admin token, public URL. */
final class ManagedConfigReader {

    static final List<String> KEYS =
            List.of("public_url", "data_dir", "db_url", "db_user", "db_password", "admin_token", "master_key",
                    "call_history_days", "call_history_max_mb", "admin_token_opens_mcp",
                    "allowed_upstream_hosts");
    private static final int MAX_CALL_HISTORY_DAYS = 3_650;
    private static final int MAX_CALL_HISTORY_MB = 1_000_000;
    private static final int MIN_ADMIN_TOKEN_LENGTH = 32;

    ManagedConfig read(ConfigNode root) {
        Optional<URI> publicUrl = root.scalar("public_url").map(value -> publicUrl(root, value));
        Path dataDir = root.scalar("data_dir").map(value -> Path.of(value.text().trim()))
                .orElse(ManagedConfig.DEFAULT_DATA_DIR);
        Optional<String> dbUrl = root.scalar("db_url").map(value -> dbUrl(root, value));
        Optional<String> dbUser = root.scalar("db_user").map(ConfigValue::text);
        Optional<Secret> dbPassword = root.scalar("db_password").map(value -> new Secret(value.text()));
        Optional<Secret> adminToken = root.scalar("admin_token").map(value -> adminToken(root, value));
        Optional<Secret> masterKey = root.scalar("master_key").map(value -> masterKey(root, value));
        CallHistoryRetention defaults = CallHistoryRetention.DEFAULT;
        Duration historyAge = root.scalar("call_history_days")
                .map(value -> Duration.ofDays(wholeNumber(root, "call_history_days", value, MAX_CALL_HISTORY_DAYS)))
                .orElse(defaults.maxAge());
        long historyBytes = root.scalar("call_history_max_mb")
                .map(value -> wholeNumber(root, "call_history_max_mb", value, MAX_CALL_HISTORY_MB) * 1024L * 1024L)
                .orElse(defaults.maxBytes());
        boolean adminTokenOpensMcp = root.scalar("admin_token_opens_mcp")
                .map(value -> bool(root, "admin_token_opens_mcp", value)).orElse(false);
        return new ManagedConfig(publicUrl, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey,
                new CallHistoryRetention(historyAge, historyBytes), adminTokenOpensMcp, upstreamHosts(root));
    }

    /** A YAML list, or one comma-separated value (as MDM_MCP_ALLOWED_UPSTREAM_HOSTS gives it). */
    private static UpstreamHosts upstreamHosts(ConfigNode root) {
        String key = "allowed_upstream_hosts";
        List<String> entries = root.isList(key) ? root.list(key).orElse(List.of())
                : root.scalar(key).map(value -> List.of(value.text().split(","))).orElse(List.of());
        try {
            return UpstreamHosts.of(entries.stream().filter(entry -> !entry.isBlank()).toList());
        } catch (IllegalArgumentException e) {
            throw root.error(key, e.getMessage());
        }
    }

    static boolean bool(ConfigNode root, String key, ConfigValue value) {
        return switch (value.text().trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw root.error(key, "must be true or false, got '" + value.text() + "'" + from(root, value));
        };
    }

    static int wholeNumber(ConfigNode root, String key, ConfigValue value, int max) {
        String problem = "must be a whole number from 1 to " + max + ", got '" + value.text() + "'" + from(root, value);
        try {
            int number = Integer.parseInt(value.text().trim());
            if (number < 1 || number > max) {
                throw root.error(key, problem);
            }
            return number;
        } catch (NumberFormatException e) {
            throw root.error(key, problem);
        }
    }

    private static URI publicUrl(ConfigNode root, ConfigValue value) {
        String problem = "must be an absolute http(s) URL without query or fragment, like https://mcp.example.com; got '"
                + value.text() + "'" + from(root, value);
        return BaseUrls.normalize(value.text()).orElseThrow(() -> root.error("public_url", problem));
    }

    private static String dbUrl(ConfigNode root, ConfigValue value) {
        String url = value.text().trim();
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            // Never echo the value: a JDBC URL may carry a password.
            throw root.error("db_url", "must be a JDBC URL of PostgreSQL (jdbc:postgresql://host:5432/database) or of H2"
                    + " (jdbc:h2:...)" + from(root, value));
        }
        return url;
    }

    private static Secret adminToken(ConfigNode root, ConfigValue value) {
        if (value.text().length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw root.error("admin_token", "must be at least " + MIN_ADMIN_TOKEN_LENGTH + " characters long"
                    + from(root, value) + "; generate one with: openssl rand -base64 32");
        }
        return new Secret(value.text());
    }

    private static Secret masterKey(ConfigNode root, ConfigValue value) {
        try {
            MasterKeyText.decode(value.text());
        } catch (IllegalArgumentException e) {
            throw root.error("master_key", e.getMessage() + from(root, value));
        }
        return new Secret(value.text().trim());
    }

    private static String from(ConfigNode root, ConfigValue value) {
        return value.origin().equals(root.source()) ? "" : " (from " + value.origin() + ")";
    }
}

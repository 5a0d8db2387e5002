package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.BoundValue;
import dev.mdmmcp.server.binding.Refusal;
import dev.mdmmcp.server.binding.StrictNode;
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

    ManagedConfig read(StrictNode root) {
        Optional<URI> publicUrl = root.read("public_url", ManagedConfigReader::publicUrl);
        Path dataDir = root.scalar("data_dir").map(value -> Path.of(value.text().trim()))
                .orElse(ManagedConfig.DEFAULT_DATA_DIR);
        Optional<String> dbUrl = root.read(root.secret("db_url"), "db_url", ManagedConfigReader::dbUrl);
        Optional<String> dbUser = root.scalar("db_user").map(BoundValue::text);
        Optional<Secret> dbPassword = root.secret("db_password").map(value -> new Secret(value.text()));
        Optional<Secret> adminToken = root.read(root.secret("admin_token"), "admin_token", ManagedConfigReader::adminToken);
        Optional<Secret> masterKey = root.read(root.secret("master_key"), "master_key", ManagedConfigReader::masterKey);
        CallHistoryRetention defaults = CallHistoryRetention.DEFAULT;
        Duration historyAge = root.integer("call_history_days", 1, MAX_CALL_HISTORY_DAYS).map(Duration::ofDays)
                .orElse(defaults.maxAge());
        long historyBytes = root.integer("call_history_max_mb", 1, MAX_CALL_HISTORY_MB).map(mb -> mb * 1024L * 1024L)
                .orElse(defaults.maxBytes());
        boolean adminTokenOpensMcp = root.bool("admin_token_opens_mcp").orElse(false);
        return new ManagedConfig(publicUrl, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey,
                new CallHistoryRetention(historyAge, historyBytes), adminTokenOpensMcp, upstreamHosts(root));
    }

    /** A YAML list, or one comma-separated value (as MDM_MCP_ALLOWED_UPSTREAM_HOSTS gives it). */
    private static UpstreamHosts upstreamHosts(StrictNode root) {
        String key = "allowed_upstream_hosts";
        Optional<UpstreamHosts> hosts = root.isList(key)
                ? root.list(key).flatMap(entries -> upstreamHosts(root, key, entries))
                : root.read(key, value -> hosts(List.of(value.text().split(","))));
        return hosts.orElse(UpstreamHosts.NONE);
    }

    private static Optional<UpstreamHosts> upstreamHosts(StrictNode root, String key, List<String> entries) {
        try {
            return Optional.of(hosts(entries));
        } catch (Refusal refusal) {
            root.refuse(key, refusal.getMessage());
            return Optional.empty();
        }
    }

    private static UpstreamHosts hosts(List<String> entries) {
        try {
            return UpstreamHosts.of(entries.stream().filter(entry -> !entry.isBlank()).toList());
        } catch (IllegalArgumentException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private static URI publicUrl(BoundValue value) {
        return BaseUrls.normalize(value.text()).orElseThrow(() -> new Refusal(
                "must be an absolute http(s) URL without query or fragment, like https://mcp.example.com; got "
                        + value.shown()));
    }

    private static String dbUrl(BoundValue value) {
        String url = value.text().trim();
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new Refusal("must be a JDBC URL of PostgreSQL (jdbc:postgresql://host:5432/database) or of H2"
                    + " (jdbc:h2:...)");
        }
        return url;
    }

    private static Secret adminToken(BoundValue value) {
        if (value.text().length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new Refusal("must be at least " + MIN_ADMIN_TOKEN_LENGTH + " characters long; generate one with:"
                    + " openssl rand -base64 32");
        }
        return new Secret(value.text());
    }

    private static Secret masterKey(BoundValue value) {
        try {
            MasterKeyText.decode(value.text());
        } catch (IllegalArgumentException e) {
            throw new Refusal(e.getMessage());
        }
        return new Secret(value.text().trim());
    }
}

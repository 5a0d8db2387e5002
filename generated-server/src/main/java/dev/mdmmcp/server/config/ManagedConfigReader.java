package dev.mdmmcp.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads and checks the top-level keys of managed servers: store, master key, admin token, public URL. */
final class ManagedConfigReader {

    static final List<String> KEYS =
            List.of("public_url", "data_dir", "db_url", "db_user", "db_password", "admin_token", "master_key");
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
        return new ManagedConfig(publicUrl, dataDir, dbUrl, dbUser, dbPassword, adminToken, masterKey);
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

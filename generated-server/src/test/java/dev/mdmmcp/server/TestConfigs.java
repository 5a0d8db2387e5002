package dev.mdmmcp.server;

import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Configurations over the fixture catalogs, pointing every account at one test upstream. */
public final class TestConfigs {

    public static final String ADMIN_TOKEN = "admin-token-0123456789abcdefghijklmnop";
    public static final String AUDIT_TOKEN = "audit-token-0123456789abcdefghijklmnop";
    public static final String RMM_TOKEN = "rmm-token-0123456789abcdefghijklmnopqr";
    public static final String KEY_TOKEN = "key-token-0123456789abcdefghijklmnopqr";
    public static final String CURSOR_SECRET = "cursor-secret-0123456789abcdefghijklmnop";

    private static Catalogs catalogs;

    private TestConfigs() {
    }

    public static synchronized Catalogs catalogs() {
        if (catalogs == null) {
            catalogs = Catalogs.load();
        }
        return catalogs;
    }

    /**
     * A new, empty data directory under {@code target/}: every server a test starts gets its own
     * embedded store, and nothing lands in the module's {@code ./data}.
     */
    public static Path freshDataDir() {
        return Path.of("target", "test-stores", UUID.randomUUID().toString()).toAbsolutePath();
    }

    /** Every fixture vendor, all servers; {@code upstream} is the base URL of WireMock; a fresh embedded store. */
    public static String yaml(String upstream) {
        return """
                host: 127.0.0.1
                port: 0
                data_dir: %7$s
                cursor_secret: %5$s
                allowed_upstream_hosts: [loopback]
                accounts:
                  mdm:
                    vendor: acmemdm
                    base_url: %1$s
                    credentials:
                      api_token: mdm-api-token
                  rmm:
                    vendor: acmermm
                    base_url: %1$s
                    credentials:
                      client_id: rmm-client
                      client_secret: rmm-secret
                  key:
                    vendor: acmekey
                    base_url: %1$s
                    credentials:
                      api_key: key-api-key
                      org_id: key-org
                      tenant_secret: key-tenant-secret
                servers:
                  admin:
                    account: mdm
                    token: %2$s
                  audit:
                    account: mdm
                    token: %3$s
                    methods: [read]
                  rmm:
                    account: rmm
                    token: %4$s
                  key:
                    account: key
                    token: %6$s
                """.formatted(upstream, ADMIN_TOKEN, AUDIT_TOKEN, RMM_TOKEN, CURSOR_SECRET, KEY_TOKEN, freshDataDir());
    }

    public static ServerConfig config(String upstream) {
        return ServerConfig.fromYaml(yaml(upstream), Map.of(), catalogs());
    }
}

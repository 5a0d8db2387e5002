package dev.mdmmcp.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.TestConfigs;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagedConfigTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String ADMIN = "admin-0123456789abcdefghijklmnopqrstuv";

    private static ManagedConfig read(String yaml, Map<String, String> environment) {
        return ServerConfig.fromYaml(yaml, environment, TestConfigs.catalogs()).managed();
    }

    @Test
    void withoutSettingsTheStoreIsEmbeddedUnderDotData() {
        ManagedConfig config = read("", Map.of());

        assertThat(config.embeddedStore()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.publicUrl()).isEmpty();
        assertThat(config.adminToken()).isEmpty();
        assertThat(config.masterKey()).isEmpty();
    }

    @Test
    void theIssuesVariableNamesSetEveryValue() {
        ManagedConfig config = read("", Map.of(
                "MDM_MCP_PUBLIC_URL", "https://mcp.example.com/base/",
                "MDM_MCP_DATA_DIR", "/var/lib/mdm-mcp",
                "MDM_MCP_DB_URL", "jdbc:postgresql://db:5432/mdm",
                "MDM_MCP_DB_USER", "mdm",
                "MDM_MCP_DB_PASSWORD", "db-password",
                "MDM_MCP_ADMIN_TOKEN", ADMIN,
                "MDM_MCP_MASTER_KEY", KEY));

        assertThat(config.publicUrl()).contains(URI.create("https://mcp.example.com/base"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/mdm-mcp"));
        assertThat(config.dbUrl()).contains("jdbc:postgresql://db:5432/mdm");
        assertThat(config.embeddedStore()).isFalse();
        assertThat(config.dbUser()).contains("mdm");
        assertThat(config.dbPassword().orElseThrow().reveal()).isEqualTo("db-password");
        assertThat(config.adminToken().orElseThrow().reveal()).isEqualTo(ADMIN);
        assertThat(config.masterKey().orElseThrow().reveal()).isEqualTo(KEY);
        assertThat(config.toString()).doesNotContain("db-password").doesNotContain(ADMIN).doesNotContain(KEY);
    }

    @Test
    void badValuesAreNamedWithoutQuotingSecrets() {
        assertThatThrownBy(() -> read("", Map.of("MDM_MCP_MASTER_KEY", "c2hvcnQ=")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration error in the configuration text: master_key must be base64 of exactly 32 bytes,"
                        + " but holds 5 bytes; generate one with: openssl rand -base64 32 (from MDM_MCP_MASTER_KEY)");
        assertThatThrownBy(() -> read("", Map.of("MDM_MCP_ADMIN_TOKEN", "short-secret")))
                .hasMessageEndingWith("admin_token must be at least 32 characters long; generate one with: openssl rand -base64 32"
                        + " (from MDM_MCP_ADMIN_TOKEN)")
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> read("", Map.of("MDM_MCP_DB_URL", "postgres://user:pw@db/x")))
                .hasMessageContaining("db_url must be a JDBC URL of PostgreSQL").hasMessageNotContaining("pw@db");
        assertThatThrownBy(() -> read("public_url: mcp.example.com\n", Map.of()))
                .hasMessageContaining("public_url must be an absolute http(s) URL");
    }
}

package dev.mdmmcp.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.access.ApiTokenCheck.AdminAccess;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.store.ApiTokenRecord;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin tokens open the admin API; MCP-access tokens only the servers they name. */
class ApiTokenCheckTest {

    private static final String BOOTSTRAP = "bootstrap-admin-token-0123456789abcdefghij";
    private static final String ADMIN = "stored-admin-token";
    private static final String MCP = "stored-mcp-token";
    private Store store;

    @BeforeEach
    void openStore() {
        store = TestStores.open(TestStores.Engine.H2);
        store.apiTokens().insert(new ApiTokenRecord(UUID.randomUUID().toString(), "ops", TokenHash.of(ADMIN), Instant.now(),
                ApiTokenRecord.Scope.ADMIN, List.of()));
        store.apiTokens().insert(new ApiTokenRecord(UUID.randomUUID().toString(), "claude", TokenHash.of(MCP), Instant.now(),
                ApiTokenRecord.Scope.MCP, List.of("server-1", "server-2")));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private ApiTokenCheck check(boolean adminTokenOpensMcp) {
        return new ApiTokenCheck(Optional.of(new Secret(BOOTSTRAP)), adminTokenOpensMcp, store.apiTokens(), System::nanoTime);
    }

    private static Optional<String> bearer(String token) {
        return Optional.of("Bearer " + token);
    }

    @Test
    void theAdminApiTakesAdminTokensAndTellsAnMcpAccessTokenApart() {
        ApiTokenCheck check = check(false);

        assertThat(check.admin(bearer(BOOTSTRAP))).isEqualTo(AdminAccess.GRANTED);
        assertThat(check.admin(bearer(ADMIN))).isEqualTo(AdminAccess.GRANTED);
        assertThat(check.admin(bearer(MCP))).isEqualTo(AdminAccess.NOT_AN_ADMIN_TOKEN);
        assertThat(check.admin(bearer("nobody-issued-this"))).isEqualTo(AdminAccess.UNKNOWN_TOKEN);
        assertThat(check.admin(Optional.empty())).isEqualTo(AdminAccess.UNKNOWN_TOKEN);
    }

    @Test
    void aServerOpensOnlyToMcpAccessTokensNamingIt() {
        ApiTokenCheck check = check(false);

        assertThat(check.opensServer(bearer(MCP), "server-1")).isTrue();
        assertThat(check.opensServer(bearer(MCP), "server-2")).isTrue();
        assertThat(check.opensServer(bearer(MCP), "server-3")).isFalse();
        assertThat(check.opensServer(bearer(ADMIN), "server-1")).isFalse();
        assertThat(check.opensServer(bearer(BOOTSTRAP), "server-1")).isFalse();
        assertThat(check.opensServer(Optional.empty(), "server-1")).isFalse();
    }

    @Test
    void theBootstrapAdminTokenOpensServersOnlyWhenTheOperatorSaysSo() {
        ApiTokenCheck check = check(true);

        assertThat(check.opensServer(bearer(BOOTSTRAP), "server-3")).isTrue();
        assertThat(check.opensServer(bearer(ADMIN), "server-3")).as("stored admin tokens never").isFalse();
    }
}

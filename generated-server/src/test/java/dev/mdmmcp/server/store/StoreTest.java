package dev.mdmmcp.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.crypto.Sealed;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.net.URI;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store's tables on both engines: the same SQL, the same behaviour. */
class StoreTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00.123Z");
    private final List<Store> stores = new ArrayList<>();

    @AfterEach
    void closeStores() {
        stores.forEach(Store::close);
    }

    private Store open(Engine engine) {
        Store store = TestStores.open(engine);
        stores.add(store);
        return store;
    }

    private Store open(ManagedConfig config) {
        Store store = Store.open(config);
        stores.add(store);
        return store;
    }

    private static AccountRecord account(String name) {
        return new AccountRecord(UUID.randomUUID().toString(), "acmemdm", name, URI.create("https://acme.test"),
                new Sealed("key-1", "c2VhbGVk"), 1, NOW, NOW, Optional.empty());
    }

    private static ServerRecord server(AccountRecord account, String tokenHash, Optional<Instant> expiresAt) {
        return new ServerRecord(UUID.randomUUID().toString(), account.id(), "audit", tokenHash, Optional.of(List.of("read")),
                Optional.empty(), "all", expiresAt, true, NOW);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void accountsRoundTripAndChangeOnlyFromTheVersionTheyWereRead(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");
        store.accounts().insert(account);

        assertThat(store.accounts().find(account.id())).contains(account);
        assertThat(store.accounts().list()).containsExactly(account);
        AccountRecord renamed = new AccountRecord(account.id(), account.integration(), "acme prod", account.baseUrl(),
                new Sealed("key-1", "bmV3"), 2, account.createdAt(), NOW.plusSeconds(5),
                Optional.of("{\"max_concurrency\":2}"));
        assertThat(store.accounts().update(renamed, 1)).isTrue();
        assertThat(store.accounts().update(renamed, 1)).as("a second change from version 1 loses").isFalse();
        assertThat(store.accounts().find(account.id())).contains(renamed);
        assertThat(store.accounts().find("nope")).isEmpty();
        assertThat(store.accounts().countsByKeyId()).containsExactly(Map.entry("key-1", 1));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void serversAreFoundByTokenHashAndListedOnlyWhileActive(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");
        store.accounts().insert(account);
        ServerRecord forever = server(account, "a".repeat(64), Optional.empty());
        ServerRecord expiring = server(account, "b".repeat(64), Optional.of(NOW.plus(Duration.ofHours(1))));
        assertThat(store.servers().insert(forever)).isTrue();
        assertThat(store.servers().insert(expiring)).isTrue();

        assertThat(store.servers().findByTokenHash("a".repeat(64))).contains(forever);
        assertThat(store.servers().findByTokenHash("c".repeat(64))).isEmpty();
        assertThat(store.servers().listActive(account.id(), NOW)).containsExactlyInAnyOrder(forever, expiring);
        assertThat(store.servers().listActive(account.id(), NOW.plus(Duration.ofHours(2)))).containsExactly(forever);
        assertThat(store.servers().findActive(account.id(), expiring.id(), NOW.plus(Duration.ofHours(2)))).isEmpty();
        assertThat(store.servers().find(account.id(), expiring.id())).contains(expiring);
        assertThat(store.servers().countActive(NOW)).isEqualTo(2);
        assertThat(store.servers().tokenHashesOf(account.id())).containsExactlyInAnyOrder("a".repeat(64), "b".repeat(64));
        assertThat(store.servers().insert(server(account("gone"), "d".repeat(64), Optional.empty())))
                .as("a server of an account that does not exist").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletingAnAccountDeletesItsServersAndTheirCalls(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");
        AccountRecord other = account("other");
        store.accounts().insert(account);
        store.accounts().insert(other);
        ServerRecord server = server(account, "a".repeat(64), Optional.empty());
        ServerRecord kept = server(other, "b".repeat(64), Optional.empty());
        store.servers().insert(server);
        store.servers().insert(kept);
        store.calls().insert(new CallRecord(server.id(), "r1", NOW, "list_devices", "list", "ok", 200, 12));

        assertThat(store.accounts().delete(account.id())).isTrue();

        assertThat(store.accounts().find(account.id())).isEmpty();
        assertThat(store.servers().findByTokenHash("a".repeat(64))).isEmpty();
        assertThat(store.calls().recent(server.id(), 10)).isEmpty();
        assertThat(store.servers().findByTokenHash("b".repeat(64))).contains(kept);
        assertThat(store.accounts().delete(account.id())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void revokingAServerDeletesItAndItsCalls(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");
        store.accounts().insert(account);
        ServerRecord server = server(account, "a".repeat(64), Optional.empty());
        store.servers().insert(server);
        store.calls().insert(new CallRecord(server.id(), "r1", NOW, "list_devices", "list", "ok", 200, 12));

        assertThat(store.servers().delete("another-account", server.id())).isFalse();
        assertThat(store.servers().delete(account.id(), server.id())).isTrue();

        assertThat(store.servers().findByTokenHash("a".repeat(64))).isEmpty();
        assertThat(store.calls().recent(server.id(), 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void purgeDeletesExactlyTheExpiredServers(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");
        store.accounts().insert(account);
        ServerRecord expired = server(account, "a".repeat(64), Optional.of(NOW.minusSeconds(1)));
        ServerRecord expiringNow = server(account, "b".repeat(64), Optional.of(NOW));
        ServerRecord active = server(account, "c".repeat(64), Optional.of(NOW.plusSeconds(1)));
        ServerRecord forever = server(account, "d".repeat(64), Optional.empty());
        List.of(expired, expiringNow, active, forever).forEach(store.servers()::insert);
        store.calls().insert(new CallRecord(expired.id(), "r1", NOW, "list_devices", "list", "ok", 200, 12));

        assertThat(store.servers().deleteExpired(NOW)).isEqualTo(2);

        assertThat(store.servers().listActive(account.id(), NOW.minusSeconds(3600))).containsExactlyInAnyOrder(active, forever);
        assertThat(store.servers().deleteExpired(NOW)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void severalInstancesPurgingAtOnceDeleteEveryExpiredServerWithoutFailing(Engine engine) throws Exception {
        ManagedConfig config = TestStores.managedConfig(engine);
        Store first = open(config);
        Store second = open(config);
        AccountRecord account = account("acme");
        first.accounts().insert(account);
        for (int i = 0; i < 120; i++) {
            ServerRecord server = server(account, String.format("%064d", i), Optional.of(NOW.minusSeconds(i + 1)));
            first.servers().insert(server);
            first.calls().insert(new CallRecord(server.id(), "r" + i, NOW, "list_devices", "list", "ok", 200, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> purges = new ArrayList<>();
            for (Store instance : List.of(first, second, first, second)) {
                purges.add(pool.submit((Callable<Integer>) () -> {
                    try {
                        return instance.servers().deleteExpired(NOW);
                    } catch (StoreException e) {
                        // A deadlock victim on PostgreSQL: allowed, the next round purges.
                        return 0;
                    }
                }));
            }
            int deleted = 0;
            for (Future<Integer> purge : purges) {
                deleted += purge.get();
            }
            deleted += first.servers().deleteExpired(NOW);
            assertThat(deleted).isEqualTo(120);
        } finally {
            pool.shutdownNow();
        }
        assertThat(second.servers().countActive(NOW.minusSeconds(3600))).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void apiTokensHaveUniqueNamesAndAreFoundByHash(Engine engine) {
        Store store = open(engine);
        ApiTokenRecord ci = new ApiTokenRecord(UUID.randomUUID().toString(), "ci", "e".repeat(64), NOW,
                ApiTokenRecord.Scope.ADMIN, List.of());
        ApiTokenRecord claude = new ApiTokenRecord(UUID.randomUUID().toString(), "claude", "d".repeat(64), NOW,
                ApiTokenRecord.Scope.MCP, List.of("server-1", "server-2"));

        assertThat(store.apiTokens().insert(ci)).isTrue();
        assertThat(store.apiTokens().insert(claude)).isTrue();
        assertThat(store.apiTokens().insert(new ApiTokenRecord(UUID.randomUUID().toString(), "ci", "f".repeat(64), NOW,
                ApiTokenRecord.Scope.ADMIN, List.of()))).isFalse();
        assertThat(store.apiTokens().findByHash("e".repeat(64))).contains(ci);
        assertThat(store.apiTokens().findByHash("d".repeat(64))).contains(claude);
        assertThat(store.apiTokens().findByHash("f".repeat(64))).isEmpty();
        assertThat(store.apiTokens().list()).containsExactly(ci, claude);
        assertThat(store.apiTokens().deleteByName("ci")).isTrue();
        assertThat(store.apiTokens().findByHash("e".repeat(64))).isEmpty();
        assertThat(store.apiTokens().deleteByName("ci")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recentCallsComeNewestFirstAndOldOnesArePurged(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");
        store.accounts().insert(account);
        ServerRecord server = server(account, "a".repeat(64), Optional.empty());
        store.servers().insert(server);
        CallRecord old = new CallRecord(server.id(), "r1", NOW.minus(8, ChronoUnit.DAYS), "get_device", "get", "ok", 200, 5);
        CallRecord failed = new CallRecord(server.id(), "r2", NOW.minusSeconds(60), "list_devices", "list",
                "unreachable", null, 3000);
        CallRecord last = new CallRecord(server.id(), "r3", NOW, "delete_device", "delete", "upstream_error", 404, 40);
        List.of(old, failed, last).forEach(store.calls()::insert);

        assertThat(store.calls().recent(server.id(), 10)).containsExactly(last, failed, old);
        assertThat(store.calls().recent(server.id(), 2)).containsExactly(last, failed);
        assertThat(store.calls().deleteOlderThan(NOW.minus(7, ChronoUnit.DAYS))).isEqualTo(1);
        assertThat(store.calls().recent(server.id(), 10)).containsExactly(last, failed);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTransactionThatFailsHalfwayLeavesNoHalfRecord(Engine engine) {
        Store store = open(engine);
        AccountRecord account = account("acme");

        assertThatThrownBy(() -> store.database().transaction("create an account and a server", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO integrated_account (id, integration,"
                    + " name, base_url, credentials_sealed, credentials_key_id, version, created_at, updated_at)"
                    + " VALUES (?, 'acmemdm', 'acme', 'https://acme.test', 'x', 'k', 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)")) {
                insert.setString(1, account.id());
                insert.executeUpdate();
            }
            // The crash: the second write of the transaction breaks a constraint.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mcp_server (id, account_id, name,"
                    + " token_hash, require_api_token_auth, created_at) VALUES ('s', 'no-such-account', 'x', 'h', FALSE,"
                    + " CURRENT_TIMESTAMP)")) {
                insert.executeUpdate();
            }
            return null;
        })).isInstanceOf(StoreException.class).hasMessageStartingWith("store: cannot create an account and a server (SQL state 23");

        assertThat(store.accounts().find(account.id())).isEmpty();
    }
}

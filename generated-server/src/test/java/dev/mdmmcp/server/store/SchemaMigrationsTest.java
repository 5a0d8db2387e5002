package dev.mdmmcp.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaMigrationsTest {

    /** The newest script in db/migration. */
    private static final int NEWEST = 7;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameScriptsBuildTheSchemaOnEveryEngineOnce(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Store store = Store.open(config)) {
            assertThat(appliedVersions(store.database())).isEqualTo(versions(1, NEWEST));
            for (String table : List.of("integrated_account", "mcp_server", "api_token", "tool_call", "rate_budget",
                    "oauth_client", "refused_call_count")) {
                assertThat(count(store.database(), table)).as(table).isZero();
            }
        }
        try (Store reopened = Store.open(config)) {
            assertThat(appliedVersions(reopened.database())).as("reopening applies nothing twice").isEqualTo(versions(1, NEWEST));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSchemaNewerThanThisBuildStopsStartup(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Store store = Store.open(config)) {
            update(store.database(), "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (100, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 'test', 0, TRUE)");
        }

        assertThatThrownBy(() -> Store.open(config)).isInstanceOf(StoreException.class)
                .hasMessage("store: the schema is at version 99, newer than this build knows (" + NEWEST
                        + "): run a newer mdm-mcp");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStoreMadeBeforeFlywayIsAdoptedAtItsVersionAndMigratedOnWithItsData(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Database database = Database.open(config)) {
            EarlierStores.makeAtVersion(database, 5);
            update(database, "INSERT INTO api_token (id, name, token_hash, created_at)"
                    + " VALUES ('t1', 'kept', 'hash', CURRENT_TIMESTAMP)");
        }

        try (Store store = Store.open(config)) {
            assertThat(appliedVersions(store.database())).as("5 adopted, 6 and 7 applied").isEqualTo(List.of(5, 6, 7));
            String scope = store.database().read("read the token's scope", connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT scope FROM api_token WHERE name = 'kept'")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(scope).as("the token made before is there, with version 7's column").isEqualTo("admin");
            assertThatThrownBy(() -> count(store.database(), SchemaMigrations.EARLIER_HISTORY_TABLE))
                    .as("the earlier version table is gone").isInstanceOf(StoreException.class);
        }
        try (Store reopened = Store.open(config)) {
            assertThat(appliedVersions(reopened.database())).isEqualTo(List.of(5, 6, 7));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFailedScriptIsNamedAndNothingOfItStays(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Store store = Store.open(config)) {
            update(store.database(), "INSERT INTO api_token (id, name, token_hash, created_at, scope)"
                    + " VALUES ('t1', 'kept', 'hash', CURRENT_TIMESTAMP, 'admin')");
            Database database = store.database();

            assertThatThrownBy(() -> SchemaMigrations.apply(database,
                    List.of(SchemaMigrations.LOCATION, "classpath:db/failing-migration")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store: cannot apply V8__made_half_way.sql (SQL state 42")
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("no_such_table"))
                    .hasMessageEndingWith(engine == Engine.H2
                            ? "): the store was put back as it was before this start's migrations"
                            : "): nothing of this start's migrations was applied");

            assertThatThrownBy(() -> count(database, "made_before_the_failure")).isInstanceOf(StoreException.class);
            assertThat(appliedVersions(database)).isEqualTo(versions(1, NEWEST));
            assertThat(count(database, "api_token")).isEqualTo(1);
        }
        try (Store reopened = Store.open(config)) {
            assertThat(appliedVersions(reopened.database())).as("the store still opens").isEqualTo(versions(1, NEWEST));
        }
    }

    @Test
    void instancesStartingAtOnceOnPostgresqlApplyEachVersionOnce() throws Exception {
        assertThat(openAtOnce(TestStores.managedConfig(Engine.POSTGRESQL))).isEqualTo(versions(1, NEWEST));
    }

    @Test
    void instancesStartingAtOnceOnAPostgresqlStoreMadeBeforeFlywayAdoptItOnce() throws Exception {
        ManagedConfig config = TestStores.managedConfig(Engine.POSTGRESQL);
        try (Database database = Database.open(config)) {
            EarlierStores.makeAtVersion(database, 6);
        }

        assertThat(openAtOnce(config)).isEqualTo(List.of(6, 7));
    }

    /** Opens three stores at once; returns the versions in the history then. */
    private static List<Integer> openAtOnce(ManagedConfig config) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Store> stores = new ArrayList<>();
        try {
            List<Future<Store>> opening = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                opening.add(pool.submit((Callable<Store>) () -> Store.open(config)));
            }
            for (Future<Store> store : opening) {
                stores.add(store.get());
            }
            return appliedVersions(stores.get(0).database());
        } finally {
            stores.forEach(Store::close);
            pool.shutdownNow();
        }
    }

    private static List<Integer> versions(int first, int last) {
        List<Integer> versions = new ArrayList<>();
        for (int version = first; version <= last; version++) {
            versions.add(version);
        }
        return versions;
    }

    /** The versions in Flyway's history that succeeded, a baseline included, in order. */
    static List<Integer> appliedVersions(Database database) {
        return database.read("read the history", connection -> {
            List<Integer> versions = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                while (rows.next()) {
                    versions.add(Integer.parseInt(rows.getString(1)));
                }
            }
            return versions;
        });
    }

    private static int count(Database database, String table) {
        return database.read("count " + table, connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private static void update(Database database, String sql) {
        database.read("update", connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }
}

package dev.mdmmcp.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

    private static int versionRows(Store store) {
        return store.database().read("count", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameScriptsBuildTheSchemaOnEveryEngineOnce(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Store store = Store.open(config)) {
            assertThat(Migrations.currentVersion(store.database())).isEqualTo(Migrations.ALL.size());
            for (String table : List.of("integrated_account", "mcp_server", "api_token", "tool_call")) {
                store.database().read("probe " + table, connection -> {
                    try (Statement statement = connection.createStatement()) {
                        return statement.executeQuery("SELECT COUNT(*) FROM " + table).next();
                    }
                });
            }
        }
        try (Store reopened = Store.open(config)) {
            assertThat(versionRows(reopened)).as("reopening applies nothing twice").isEqualTo(Migrations.ALL.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSchemaNewerThanThisBuildStopsStartup(Engine engine) {
        ManagedConfig config = TestStores.managedConfig(engine);
        try (Store store = Store.open(config)) {
            store.database().read("fake a newer schema", connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("INSERT INTO schema_version (version, description, applied_at)"
                            + " VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
                }
            });
        }

        assertThatThrownBy(() -> Store.open(config)).isInstanceOf(StoreException.class)
                .hasMessage("store: the schema is at version 99, newer than this build knows (" + Migrations.ALL.size()
                        + "): run a newer mdm-mcp");
    }

    @Test
    void instancesStartingAtOnceOnPostgresqlApplyEachVersionOnce() throws Exception {
        ManagedConfig config = TestStores.managedConfig(Engine.POSTGRESQL);
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
            assertThat(versionRows(stores.get(0))).isEqualTo(Migrations.ALL.size());
        } finally {
            stores.forEach(Store::close);
            pool.shutdownNow();
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        List<String> statements = Migrations.statements(Migrations.ALL.get(0).resource());

        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement).doesNotEndWith(";").doesNotStartWith("--");
            assertThat(statement).startsWith("CREATE ");
        });
        assertThat(statements).hasSize(8);
    }
}

package dev.mdmmcp.server.store;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/** Stores as releases before Flyway left them: the schema of the scripts up to a version, and their rows in schema_version. */
final class EarlierStores {

    private static final String SCRATCH_HISTORY = "scratch_history";

    private EarlierStores() {
    }

    static void makeAtVersion(Database database, int version) {
        Flyway.configure().dataSource(database.dataSource()).locations(SchemaMigrations.LOCATION)
                .table(SCRATCH_HISTORY).target(String.valueOf(version)).load().migrate();
        database.transaction("write the earlier history", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE \"" + SCRATCH_HISTORY + "\"");
                // The table exactly as the hand-written migrations created it.
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                for (int applied = 1; applied <= version; applied++) {
                    insert.setInt(1, applied);
                    insert.setString(2, "version " + applied);
                    insert.setObject(3, SqlTimes.toDatabase(Instant.now()));
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }
}

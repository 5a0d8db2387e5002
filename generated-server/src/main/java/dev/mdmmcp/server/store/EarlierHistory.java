package dev.mdmmcp.server.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The version table that releases before Flyway kept ({@code version, description, applied_at}):
 * a store it describes is adopted at its newest version, then the table is dropped.
 */
final class EarlierHistory {

    private EarlierHistory() {
    }

    /** The newest version of {@code earlierTable}, when there is one and no {@code historyTable} yet. */
    static Optional<Integer> versionToAdopt(Database database, String historyTable, String earlierTable) {
        return database.read("read " + earlierTable, connection -> {
            if (!exists(connection, earlierTable) || exists(connection, historyTable)) {
                return Optional.empty();
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + earlierTable)) {
                rows.next();
                return Optional.of(rows.getInt(1));
            }
        });
    }

    /** Drops {@code earlierTable}; another instance dropping it at the same moment is no failure. */
    static void drop(Database database, String earlierTable) {
        try {
            database.read("drop " + earlierTable, connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS " + earlierTable);
                }
                return null;
            });
        } catch (StoreException e) {
            if (database.read("read " + earlierTable, connection -> exists(connection, earlierTable))) {
                throw e;
            }
        }
    }

    /** Whether a table of that (unquoted) name is in the connection's current schema. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
            if (tables.next()) {
                return true;
            }
        }
        // Flyway quotes its table's name, so on H2 it keeps its lower case.
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            return tables.next();
        }
    }
}

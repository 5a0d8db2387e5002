package dev.mdmmcp.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with versioned SQL scripts, the same scripts on H2 and PostgreSQL.
 * The applied versions are rows of {@code schema_version}. Each script runs in one transaction
 * that first claims its version row: on PostgreSQL (transactional DDL) a second instance starting
 * at the same moment waits on that row, then finds the version applied and skips it.
 */
public final class Migrations {

    /** Every migration, in order. Append; never edit one that has been released. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "managed servers", "db/migration/V1__managed_servers.sql"),
            new Migration(2, "rate budgets", "db/migration/V2__rate_budget.sql"),
            new Migration(3, "upstream settings of accounts", "db/migration/V3__account_upstream_settings.sql"),
            new Migration(4, "OAuth servers, clients, grants and tokens", "db/migration/V4__oauth.sql"),
            new Migration(5, "tool modes of servers", "db/migration/V5__server_tool_mode.sql"),
            new Migration(6, "counts of refused calls", "db/migration/V6__refused_call_counts.sql"),
            new Migration(7, "scopes of API tokens", "db/migration/V7__api_token_scopes.sql"));

    private static final Logger LOGGER = Logger.getLogger(Migrations.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    record Migration(int version, String description, String resource) {
    }

    private Migrations() {
    }

    /**
     * @throws StoreException when a script fails, or the schema is newer than this build knows
     */
    public static void apply(Database database) {
        apply(database, ALL);
    }

    static void apply(Database database, List<Migration> migrations) {
        createVersionTable(database);
        int newest = migrations.get(migrations.size() - 1).version();
        int current = currentVersion(database);
        if (current > newest) {
            throw new StoreException("store: the schema is at version " + current + ", newer than this build knows ("
                    + newest + "): run a newer mdm-mcp");
        }
        for (Migration migration : migrations) {
            if (migration.version() > current && applyOne(database, migration)) {
                LOGGER.info("store: applied schema version " + migration.version() + " (" + migration.description() + ")");
            }
        }
    }

    private static void createVersionTable(Database database) {
        String ddl = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                + " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";
        try {
            database.read("create schema_version", connection -> execute(connection, ddl));
        } catch (StoreException e) {
            // Two instances creating it at once on PostgreSQL: one wins, the other may see a
            // duplicate-type error. The table exists then; anything else is the real problem.
            try {
                database.read("read schema_version", connection -> execute(connection, "SELECT COUNT(*) FROM schema_version"));
            } catch (StoreException missing) {
                throw e;
            }
        }
    }

    static int currentVersion(Database database) {
        return database.read("read schema_version", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** @return false when another instance applied it first */
    private static boolean applyOne(Database database, Migration migration) {
        try {
            return database.transaction("apply schema version " + migration.version(), connection -> {
                try (PreparedStatement claim = connection.prepareStatement(
                        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
                    claim.setInt(1, migration.version());
                    claim.setString(2, migration.description());
                    claim.setObject(3, SqlTimes.toDatabase(Instant.now()));
                    // Another instance applying it holds this row: we wait, then fail on the
                    // duplicate, roll back and find the version applied (below).
                    claim.executeUpdate();
                }
                for (String sql : statements(migration.resource())) {
                    execute(connection, sql);
                }
                return true;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && currentVersion(database) >= migration.version()) {
                return false;
            }
            throw e;
        }
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    /** The statements of a script: split at ';' ending a line, without comment lines. */
    static List<String> statements(String resource) {
        String script;
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is not on the classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + resource + " ends without ';'");
        }
        return statements;
    }
}

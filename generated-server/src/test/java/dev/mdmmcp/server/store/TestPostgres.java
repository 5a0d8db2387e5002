package dev.mdmmcp.server.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL of the test machine (127.0.0.1:5432, user postgres, database mdm_mcp_test,
 * created when missing). Every test class gets a schema of its own, dropped when the JVM ends.
 * Where PostgreSQL is missing the tests are skipped with a message, except under {@code CI=true},
 * where a missing PostgreSQL fails the run. Override with {@code MDM_MCP_TEST_POSTGRES_URL},
 * {@code MDM_MCP_TEST_POSTGRES_USER} and {@code MDM_MCP_TEST_POSTGRES_PASSWORD}.
 */
public final class TestPostgres {

    public static final String DATABASE = "mdm_mcp_test";
    private static final String URL = setting("MDM_MCP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
    private static final String USER = setting("MDM_MCP_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = setting("MDM_MCP_TEST_POSTGRES_PASSWORD", "");
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static String unavailable;
    private static boolean checked;

    private TestPostgres() {
    }

    /**
     * A new empty schema; skips the calling test (fails it under {@code CI=true}) when there is no PostgreSQL.
     *
     * @return the JDBC URL that works in the schema
     */
    public static synchronized String freshSchema() {
        requireAvailable();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = connect(URL); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema + ": " + e.getMessage(), e);
        }
        if (SCHEMAS.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropSchemas, "drop-test-schemas"));
        }
        SCHEMAS.add(schema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void requireAvailable() {
        if (!checked) {
            checked = true;
            unavailable = probe();
        }
        if (unavailable != null) {
            String message = "PostgreSQL is not available (" + unavailable + ") at " + URL;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ": CI=true requires it (.ci/run prepares the database)");
            }
            Assumptions.abort(message + ": PostgreSQL store tests skipped; set CI=true to make this a failure");
        }
    }

    /** @return null when the test database answers (created if missing), else why not */
    private static String probe() {
        try (Connection connection = connect(URL)) {
            return null;
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                return e.getMessage();
            }
        }
        String problem = null;
        for (String maintenance : List.of("postgres", "test")) {
            String url = URL.replaceFirst("/" + DATABASE + "(?=$|\\?)", "/" + maintenance);
            try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
                return null;
            } catch (SQLException e) {
                if (e.getMessage().toLowerCase(Locale.ROOT).contains("already exists")) {
                    return null;
                }
                problem = e.getMessage();
            }
        }
        return problem;
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        if (!PASSWORD.isEmpty()) {
            properties.setProperty("password", PASSWORD);
        }
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, properties);
    }

    private static synchronized void dropSchemas() {
        try (Connection connection = connect(URL); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            // Left-over schemas only cost space in the test database.
        }
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package dev.mdmmcp.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.config.Secret;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

/**
 * The store's connection pool and its two ways of working: {@link #read} (auto-commit) and
 * {@link #transaction} (all or nothing). The embedded default is an H2 file under the data
 * directory; {@code db_url} selects PostgreSQL (or another H2). The pool is small and bounded,
 * and waits at most {@link #CONNECTION_TIMEOUT_MILLIS} for a connection, so an unreachable
 * database fails requests (and readiness) quickly instead of piling them up.
 */
public final class Database implements AutoCloseable {

    static final long CONNECTION_TIMEOUT_MILLIS = 2_000;
    /** The longest a purge compacts the embedded store's file. */
    static final int COMPACT_MILLIS = 2_000;
    private static final int MAX_POOL_SIZE = 10;
    /** H2's error code for a database file locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final HikariDataSource dataSource;
    private final String description;
    private final boolean h2;

    private Database(HikariDataSource dataSource, String description, boolean h2) {
        this.dataSource = dataSource;
        this.description = description;
        this.h2 = h2;
    }

    /**
     * @throws StoreException when the database cannot be reached or opened, saying which one
     */
    public static Database open(ManagedConfig config) {
        if (config.embeddedStore()) {
            OwnerOnlyFiles.prepare(config.dataDir());
        }
        String url = config.dbUrl().orElseGet(() -> embeddedUrl(config.dataDir()));
        String description = describe(config, url);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("mdm-mcp-store");
        pool.setJdbcUrl(url);
        config.dbUser().ifPresent(pool::setUsername);
        config.dbPassword().map(Secret::reveal).ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(MAX_POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        pool.setValidationTimeout(Math.min(1_000, CONNECTION_TIMEOUT_MILLIS));
        try {
            Database database = new Database(new HikariDataSource(pool), description, url.startsWith("jdbc:h2:"));
            if (config.embeddedStore()) {
                try {
                    OwnerOnlyFiles.restrict(config.dataDir());
                } catch (StoreException e) {
                    database.close();
                    throw e;
                }
            }
            return database;
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreException("cannot open the store (" + description + "): " + reason(e.getCause()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store (" + description + "): " + reason(e));
        }
    }

    private static String embeddedUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("mdm-mcp");
        // H2's background writer stays on (see H2Files); transaction() makes its commits durable.
        // Closing is ours to do (close()), not H2's hook.
        return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Where the store is, for logs and errors: never the user, password or query of a URL. */
    private static String describe(ManagedConfig config, String url) {
        if (config.embeddedStore()) {
            return "embedded H2 in " + config.dataDir().toAbsolutePath().normalize();
        }
        String withoutParameters = url.split("[?;]", 2)[0];
        int at = withoutParameters.lastIndexOf('@');
        int slashes = withoutParameters.indexOf("//");
        if (at > slashes && slashes >= 0) {
            withoutParameters = withoutParameters.substring(0, slashes + 2) + withoutParameters.substring(at + 1);
        }
        return withoutParameters;
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return "the embedded database is in use by another process (a running mdm-mcp serve?): stop it first";
            }
            cause = cause.getCause();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Whether the store is H2 (embedded or named by {@code db_url}) rather than PostgreSQL. */
    public boolean isH2() {
        return h2;
    }

    /**
     * Gives space freed by deletions back: on H2 its file is compacted for at most
     * {@link #COMPACT_MILLIS}; PostgreSQL's autovacuum does this on its own.
     */
    public void reclaimSpace() {
        if (!h2) {
            return;
        }
        read("reclaim space", connection -> {
            H2Files.compact(connection, COMPACT_MILLIS);
            return null;
        });
    }

    /** The pool itself, for Flyway, which manages its own connections and transactions. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Where the store is, safe to log. */
    public String description() {
        return description;
    }

    public <T> T read(String operation, SqlWork<T> work) {
        Connection connection = connect(operation);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(operation, e, connection);
        } finally {
            release(connection);
        }
    }

    /**
     * Runs {@code work} in one transaction: every write in it is committed, or none is. A commit is
     * durable when this returns, on H2 as on PostgreSQL: a process killed right after an admin
     * write was answered still has it when it starts again.
     */
    public <T> T transaction(String operation, SqlWork<T> work) {
        Connection connection = connect(operation);
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                if (h2) {
                    H2Files.persist(connection);
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(operation, e, connection);
        } finally {
            release(connection);
        }
    }

    /** Whether a connection can be had and answers within a second: the readiness check. */
    public boolean isReachable() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            return false;
        }
        try {
            if (connection.isValid(1)) {
                return true;
            }
            dataSource.evictConnection(connection);
            return false;
        } catch (SQLException e) {
            dataSource.evictConnection(connection);
            return false;
        } finally {
            release(connection);
        }
    }

    private Connection connect(String operation) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** A lost connection leaves the pool at once, so the next request gets a new one. */
    private StoreException failure(String operation, SQLException e, Connection connection) {
        StoreException failure = failure(operation, e);
        if (failure instanceof StoreUnavailableException) {
            dataSource.evictConnection(connection);
        }
        return failure;
    }

    private static void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // A broken connection may fail to close; the pool has let it go either way.
        }
    }

    static StoreException failure(String operation, SQLException e) {
        String message = "store: cannot " + operation + " (" + description(e) + ")";
        return isConnectionLoss(e) ? new StoreUnavailableException(message, e) : new StoreException(message, e);
    }

    /** The database went away (pool timeout, broken connection), rather than refusing this statement. */
    private static boolean isConnectionLoss(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQL state, and the database's message unless it may quote values: data and integrity
     * errors (classes 22 and 23) can echo a name or a token hash, so they are reported by state only.
     */
    private static String description(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("22") || state.startsWith("23") || e.getMessage() == null) {
            return "SQL state " + state;
        }
        String message = e.getMessage().lines().findFirst().orElse("").split("; SQL statement:", 2)[0];
        return "SQL state " + state + ": " + message;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

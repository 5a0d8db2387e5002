package dev.mdmmcp.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * What H2 offers no SQL for, done on its MVStore: making a commit durable, and compacting the
 * file while the database is open.
 *
 * <p>H2 writes its file from a background thread (every {@code WRITE_DELAY}, 500 ms by default),
 * which also compacts it; {@code WRITE_DELAY=0} stops that thread and writes a new chunk per
 * commit instead, growing the file by kilobytes per commit that nothing reclaims. So the writer
 * stays on, and a commit that must survive a crash asks for a store of its own: {@code commit()}
 * stores what is not stored yet and waits for it; when the background writer already took the
 * changes, its write may still be queued, so the store's write queues are drained too; then the
 * file is forced to disk.
 */
final class H2Files {

    private H2Files() {
    }

    /** After a commit on {@code connection}: its changes are in the file, on disk, when this returns. */
    static void persist(Connection connection) throws SQLException {
        MVStore store = mvStore(connection);
        if (store == null || !store.isPersistent()) {
            return;
        }
        store.commit();
        store.executeFilestoreOperation(() -> {
        });
        store.sync();
    }

    /** Compacts the file for at most {@code maxMillis}, moving live pages together and truncating it. */
    static void compact(Connection connection, int maxMillis) throws SQLException {
        MVStore store = mvStore(connection);
        if (store != null && store.isPersistent()) {
            store.compactFile(maxMillis);
        }
    }

    /** The file store of an embedded database, or null over H2's TCP server, whose files the server process does not own. */
    private static MVStore mvStore(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        return session.getDatabase().getStore().getMvStore();
    }
}

package dev.mdmmcp.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code refused_call_count} table: calls refused before sending, counted per server, outcome and minute. */
public final class RefusedCallStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Database database;

    RefusedCallStore(Database database) {
        this.database = database;
    }

    /**
     * Adds {@code counts} to the stored counts, creating rows as needed. Instances sharing the
     * store add to the same rows. Counts of servers deleted meanwhile are dropped.
     */
    public void add(Collection<RefusedCalls> counts) {
        if (counts.isEmpty()) {
            return;
        }
        database.read("count refused tool calls", connection -> {
            for (RefusedCalls count : counts) {
                add(connection, count);
            }
            return null;
        });
    }

    private static void add(Connection connection, RefusedCalls count) throws SQLException {
        if (increase(connection, count)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO refused_call_count (server_id, minute_start, outcome, calls) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, count.serverId());
            insert.setObject(2, SqlTimes.toDatabase(count.minute()));
            insert.setString(3, count.outcome());
            insert.setLong(4, count.calls());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another instance inserted the row first: add to it.
                increase(connection, count);
            } else if (!FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static boolean increase(Connection connection, RefusedCalls count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE refused_call_count SET calls = calls + ?"
                + " WHERE server_id = ? AND minute_start = ? AND outcome = ?")) {
            update.setLong(1, count.calls());
            update.setString(2, count.serverId());
            update.setObject(3, SqlTimes.toDatabase(count.minute()));
            update.setString(4, count.outcome());
            return update.executeUpdate() > 0;
        }
    }

    /** The server's most recent counts, newest minute first. */
    public List<RefusedCalls> recent(String serverId, int limit) {
        return database.read("read refused tool calls", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT server_id, minute_start, outcome, calls"
                    + " FROM refused_call_count WHERE server_id = ? ORDER BY minute_start DESC, outcome LIMIT ?")) {
                select.setString(1, serverId);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<RefusedCalls> counts = new ArrayList<>();
                    while (rows.next()) {
                        counts.add(new RefusedCalls(rows.getString("server_id"), SqlTimes.read(rows, "minute_start"),
                                rows.getString("outcome"), rows.getLong("calls")));
                    }
                    return counts;
                }
            }
        });
    }

    /** @return how many counts of minutes before {@code cutoff} were deleted */
    public int deleteOlderThan(Instant cutoff) {
        return database.read("purge old refused call counts", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM refused_call_count WHERE minute_start < ?")) {
                delete.setObject(1, SqlTimes.toDatabase(cutoff));
                return delete.executeUpdate();
            }
        });
    }
}

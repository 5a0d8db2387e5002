package dev.mdmmcp.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code tool_call} table: the recent calls of each managed server. */
public final class CallStore {

    private final Database database;

    CallStore(Database database) {
        this.database = database;
    }

    public void insert(CallRecord call) {
        database.read("record a tool call", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tool_call (server_id, request_id,"
                    + " called_at, tool, method_class, outcome, upstream_status, duration_ms, subject, email)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, call.serverId());
                insert.setString(2, call.requestId());
                insert.setObject(3, SqlTimes.toDatabase(call.calledAt()));
                insert.setString(4, call.tool());
                insert.setString(5, call.methodClass());
                insert.setString(6, call.outcome());
                if (call.upstreamStatus() == null) {
                    insert.setNull(7, Types.INTEGER);
                } else {
                    insert.setInt(7, call.upstreamStatus());
                }
                insert.setLong(8, call.durationMillis());
                insert.setString(9, call.subject().orElse(null));
                insert.setString(10, call.email().orElse(null));
                return insert.executeUpdate();
            }
        });
    }

    /** The server's most recent calls, newest first. */
    public List<CallRecord> recent(String serverId, int limit) {
        return database.read("read tool calls", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT server_id, request_id, called_at, tool,"
                    + " method_class, outcome, upstream_status, duration_ms, subject, email FROM tool_call WHERE server_id = ?"
                    + " ORDER BY called_at DESC, id DESC LIMIT ?")) {
                select.setString(1, serverId);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<CallRecord> calls = new ArrayList<>();
                    while (rows.next()) {
                        calls.add(new CallRecord(rows.getString("server_id"), rows.getString("request_id"),
                                SqlTimes.read(rows, "called_at"), rows.getString("tool"), rows.getString("method_class"),
                                rows.getString("outcome"), rows.getObject("upstream_status", Integer.class),
                                rows.getLong("duration_ms"), Optional.ofNullable(rows.getString("subject")),
                                Optional.ofNullable(rows.getString("email"))));
                    }
                    return calls;
                }
            }
        });
    }

    /**
     * Deletes the oldest {@code fraction} of the calls (at least one), to bring the history under
     * its size limit.
     *
     * @return how many calls were deleted
     */
    public int deleteOldest(double fraction) {
        return database.read("purge the oldest tool calls", connection -> {
            long rows;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM tool_call");
                    ResultSet result = count.executeQuery()) {
                result.next();
                rows = result.getLong(1);
            }
            long doomed = Math.max(1, (long) Math.ceil(rows * fraction));
            if (rows == 0) {
                return 0;
            }
            long newestDoomed;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM tool_call ORDER BY id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
                select.setLong(1, Math.min(doomed, rows) - 1);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        return 0;
                    }
                    newestDoomed = result.getLong(1);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tool_call WHERE id <= ?")) {
                delete.setLong(1, newestDoomed);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * The space the call history takes in the store, tables and indexes: on H2 what its pages
     * use, on PostgreSQL {@code pg_total_relation_size}.
     */
    public long historyBytes() {
        String sql = database.isH2()
                ? "SELECT DISK_SPACE_USED('TOOL_CALL') + DISK_SPACE_USED('REFUSED_CALL_COUNT')"
                : "SELECT pg_total_relation_size('tool_call') + pg_total_relation_size('refused_call_count')";
        return database.read("measure the call history", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** @return how many calls older than {@code cutoff} were deleted */
    public int deleteOlderThan(Instant cutoff) {
        return database.read("purge old tool calls", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tool_call WHERE called_at < ?")) {
                delete.setObject(1, SqlTimes.toDatabase(cutoff));
                return delete.executeUpdate();
            }
        });
    }
}

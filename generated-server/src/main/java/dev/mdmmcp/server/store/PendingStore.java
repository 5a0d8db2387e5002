package dev.mdmmcp.server.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code oauth_pending} table: authorization requests waiting for sign-in and consent. */
public final class PendingStore {

    private static final String COLUMNS = "id, server_key, resource, client_id, client_name, redirect_uri, state,"
            + " code_challenge, scope, created_at, expires_at";

    private final Database database;

    PendingStore(Database database) {
        this.database = database;
    }

    public void insert(PendingRecord pending) {
        database.read("store an authorization request", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO oauth_pending (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, pending.id());
                insert.setString(2, pending.serverKey());
                insert.setString(3, pending.resource().toString());
                insert.setString(4, pending.clientId());
                insert.setString(5, pending.clientName());
                insert.setString(6, pending.redirectUri().toString());
                insert.setString(7, pending.state().orElse(null));
                insert.setString(8, pending.codeChallenge());
                insert.setString(9, pending.scope());
                insert.setObject(10, SqlTimes.toDatabase(pending.createdAt()));
                insert.setObject(11, SqlTimes.toDatabase(pending.expiresAt()));
                return insert.executeUpdate();
            }
        });
    }

    /** The request {@code id} when it has not expired at {@code now}. */
    public Optional<PendingRecord> find(String id, Instant now) {
        return database.read("read an authorization request", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM oauth_pending WHERE id = ? AND expires_at > ?")) {
                select.setString(1, id);
                select.setObject(2, SqlTimes.toDatabase(now));
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Removes the request and returns it, when it has not expired at {@code now}: one consent
     * (or denial) per request, even when two arrive at once.
     */
    public Optional<PendingRecord> take(String id, Instant now) {
        return database.transaction("take an authorization request", connection -> {
            Optional<PendingRecord> pending;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM oauth_pending WHERE id = ? FOR UPDATE")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    pending = rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
            if (pending.isEmpty()) {
                return pending;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM oauth_pending WHERE id = ?")) {
                delete.setString(1, id);
                if (delete.executeUpdate() != 1) {
                    return Optional.<PendingRecord>empty();
                }
            }
            return pending.filter(found -> now.isBefore(found.expiresAt()));
        });
    }

    /** @return how many expired requests were deleted */
    public int deleteExpired(Instant now) {
        return database.read("purge expired authorization requests", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM oauth_pending WHERE expires_at <= ?")) {
                delete.setObject(1, SqlTimes.toDatabase(now));
                return delete.executeUpdate();
            }
        });
    }

    private static PendingRecord read(ResultSet rows) throws SQLException {
        return new PendingRecord(rows.getString("id"), rows.getString("server_key"), URI.create(rows.getString("resource")),
                rows.getString("client_id"), rows.getString("client_name"), URI.create(rows.getString("redirect_uri")),
                Optional.ofNullable(rows.getString("state")), rows.getString("code_challenge"), rows.getString("scope"),
                SqlTimes.read(rows, "created_at"), SqlTimes.read(rows, "expires_at"));
    }
}

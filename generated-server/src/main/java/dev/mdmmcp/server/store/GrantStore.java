package dev.mdmmcp.server.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code oauth_grant} and {@code oauth_token} tables: grants with their authorization code,
 * and their access and refresh tokens. Deleting a grant ends all its tokens.
 */
public final class GrantStore {

    private static final String COLUMNS = "g.id, g.server_key, g.resource, g.client_id, g.client_name, g.subject,"
            + " g.email, g.display_name, g.scope, g.created_at, g.expires_at";

    /** What exchanging an authorization code found. */
    public sealed interface Redemption {
    }

    /** The code was valid and is now used: its grant, and what the token request must match. */
    public record Redeemed(GrantRecord grant, IssuedCode code) implements Redemption {
    }

    /** The code had been exchanged before: its grant, with every token of it, is gone now. */
    public record Replayed() implements Redemption {
    }

    /** No such code, or it expired. */
    public record Unknown() implements Redemption {
    }

    /** What using a refresh token found. */
    public sealed interface Rotation {
    }

    /** The refresh token was valid and is used now: tokens of its grant replace it. */
    public record Rotated(GrantRecord grant) implements Rotation {
    }

    /** The refresh token had been used before: its family (the grant) is revoked. */
    public record Reused() implements Rotation {
    }

    /** No such refresh token, or it expired, or its grant is gone. */
    public record NotFound() implements Rotation {
    }

    private final Database database;

    GrantStore(Database database) {
        this.database = database;
    }

    public void insert(GrantRecord grant, IssuedCode code) {
        database.read("store a grant", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oauth_grant (id, server_key, resource,"
                    + " client_id, client_name, subject, email, display_name, scope, code_hash, code_challenge, redirect_uri,"
                    + " code_expires_at, code_used, created_at, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)")) {
                insert.setString(1, grant.id());
                insert.setString(2, grant.serverKey());
                insert.setString(3, grant.resource().toString());
                insert.setString(4, grant.clientId());
                insert.setString(5, grant.clientName());
                insert.setString(6, grant.subject());
                insert.setString(7, grant.email().orElse(null));
                insert.setString(8, grant.displayName().orElse(null));
                insert.setString(9, grant.scope());
                insert.setString(10, code.codeHash());
                insert.setString(11, code.codeChallenge());
                insert.setString(12, code.redirectUri().toString());
                insert.setObject(13, SqlTimes.toDatabase(code.expiresAt()));
                insert.setObject(14, SqlTimes.toDatabase(grant.createdAt()));
                insert.setObject(15, SqlTimes.toDatabase(grant.expiresAt()));
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Uses the authorization code of this hash once. A code used before revokes its grant
     * (RFC 6749 section 4.1.2: tokens issued on a replayed code are revoked).
     */
    public Redemption redeem(String codeHash, Instant now) {
        return database.transaction("exchange an authorization code", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", g.code_hash,"
                    + " g.code_challenge, g.redirect_uri, g.code_expires_at, g.code_used FROM oauth_grant g"
                    + " WHERE g.code_hash = ? FOR UPDATE")) {
                select.setString(1, codeHash);
                GrantRecord grant;
                IssuedCode code;
                boolean used;
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return new Unknown();
                    }
                    grant = read(rows);
                    code = new IssuedCode(rows.getString("code_hash"), rows.getString("code_challenge"),
                            URI.create(rows.getString("redirect_uri")), SqlTimes.read(rows, "code_expires_at"));
                    used = rows.getBoolean("code_used");
                }
                if (used) {
                    deleteGrant(connection, grant.id());
                    return new Replayed();
                }
                if (!now.isBefore(code.expiresAt())) {
                    return new Unknown();
                }
                try (PreparedStatement use = connection.prepareStatement(
                        "UPDATE oauth_grant SET code_used = TRUE WHERE id = ?")) {
                    use.setString(1, grant.id());
                    use.executeUpdate();
                }
                return new Redeemed(grant, code);
            }
        });
    }

    /** @return false when the grant is gone (revoked meanwhile) */
    public boolean addTokens(String grantId, List<IssuedToken> tokens) {
        return database.transaction("issue tokens", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM oauth_grant WHERE id = ? FOR UPDATE")) {
                select.setString(1, grantId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                }
            }
            insertTokens(connection, grantId, tokens);
            return true;
        });
    }

    /** The grant of a valid (unexpired) access token of this hash. */
    public Optional<GrantRecord> findByAccessToken(String tokenHash, Instant now) {
        return database.read("check an access token", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM oauth_token t JOIN oauth_grant g ON g.id = t.grant_id"
                    + " WHERE t.token_hash = ? AND t.kind = 'access' AND t.expires_at > ?")) {
                select.setString(1, tokenHash);
                select.setObject(2, SqlTimes.toDatabase(now));
                return first(select);
            }
        });
    }

    /**
     * Uses a refresh token of this client once; the new tokens are added to its grant next. A
     * refresh token used a second time revokes its whole family: the grant and every token of it.
     * Another client's refresh token is not found, and stays as it was.
     */
    public Rotation rotate(String refreshHash, String clientId, Instant now) {
        return database.transaction("refresh tokens", connection -> {
            GrantRecord grant;
            boolean used;
            Instant expiresAt;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + ", t.used, t.expires_at AS"
                    + " token_expires_at FROM oauth_token t JOIN oauth_grant g ON g.id = t.grant_id"
                    + " WHERE t.token_hash = ? AND t.kind = 'refresh' FOR UPDATE")) {
                select.setString(1, refreshHash);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return new NotFound();
                    }
                    grant = read(rows);
                    used = rows.getBoolean("used");
                    expiresAt = SqlTimes.read(rows, "token_expires_at");
                }
            }
            if (!grant.clientId().equals(clientId)) {
                return new NotFound();
            }
            if (used) {
                deleteGrant(connection, grant.id());
                return new Reused();
            }
            if (!now.isBefore(expiresAt)) {
                return new NotFound();
            }
            try (PreparedStatement use = connection.prepareStatement(
                    "UPDATE oauth_token SET used = TRUE WHERE token_hash = ?")) {
                use.setString(1, refreshHash);
                use.executeUpdate();
            }
            return new Rotated(grant);
        });
    }

    /**
     * Revokes a token (RFC 7009): an access token alone; a refresh token with its grant, so every
     * token of the family ends.
     *
     * @return whether a token of this hash was issued to this client
     */
    public boolean revokeToken(String tokenHash, String clientId) {
        return database.transaction("revoke a token", connection -> {
            String grantId;
            boolean refresh;
            try (PreparedStatement select = connection.prepareStatement("SELECT t.grant_id, t.kind FROM oauth_token t"
                    + " JOIN oauth_grant g ON g.id = t.grant_id WHERE t.token_hash = ? AND g.client_id = ?")) {
                select.setString(1, tokenHash);
                select.setString(2, clientId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                    grantId = rows.getString("grant_id");
                    refresh = "refresh".equals(rows.getString("kind"));
                }
            }
            if (refresh) {
                deleteGrant(connection, grantId);
            } else {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM oauth_token WHERE token_hash = ?")) {
                    delete.setString(1, tokenHash);
                    delete.executeUpdate();
                }
            }
            return true;
        });
    }

    public Optional<GrantRecord> find(String id) {
        return database.read("read a grant", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oauth_grant g WHERE g.id = ?")) {
                select.setString(1, id);
                return first(select);
            }
        });
    }

    /** The grants of an OAuth server, oldest first. */
    public List<GrantRecord> listByServer(String serverKey) {
        return list("g.server_key = ?", serverKey);
    }

    /** The grants of a person, oldest first. */
    public List<GrantRecord> listBySubject(String subject) {
        return list("g.subject = ?", subject);
    }

    /** The grants of a person by e-mail address (any case), oldest first. */
    public List<GrantRecord> listByEmail(String email) {
        return list("LOWER(g.email) = LOWER(?)", email);
    }

    /** Revokes a grant and all its tokens. @return whether it existed */
    public boolean delete(String id) {
        return database.transaction("revoke a grant", connection -> deleteGrant(connection, id) == 1);
    }

    /** Revokes every grant of an OAuth server. @return how many */
    public int deleteByServer(String serverKey) {
        return database.transaction("revoke the grants of a server", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM oauth_grant WHERE server_key = ?")) {
                delete.setString(1, serverKey);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Deletes expired tokens, expired grants and grants whose code expired unexchanged.
     *
     * @return how many grants were deleted
     */
    public int deleteExpired(Instant now) {
        return database.transaction("purge expired grants and tokens", connection -> {
            try (PreparedStatement tokens = connection.prepareStatement("DELETE FROM oauth_token WHERE expires_at <= ?");
                    PreparedStatement grants = connection.prepareStatement("DELETE FROM oauth_grant WHERE expires_at <= ?"
                            + " OR (code_used = FALSE AND code_expires_at <= ?)")) {
                tokens.setObject(1, SqlTimes.toDatabase(now));
                tokens.executeUpdate();
                grants.setObject(1, SqlTimes.toDatabase(now));
                grants.setObject(2, SqlTimes.toDatabase(now));
                return grants.executeUpdate();
            }
        });
    }

    private List<GrantRecord> list(String condition, String value) {
        return database.read("list grants", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM oauth_grant g WHERE "
                    + condition + " AND g.code_used = TRUE ORDER BY g.created_at, g.id")) {
                select.setString(1, value);
                try (ResultSet rows = select.executeQuery()) {
                    List<GrantRecord> grants = new ArrayList<>();
                    while (rows.next()) {
                        grants.add(read(rows));
                    }
                    return grants;
                }
            }
        });
    }

    private static int deleteGrant(Connection connection, String id) throws SQLException {
        try (PreparedStatement tokens = connection.prepareStatement("DELETE FROM oauth_token WHERE grant_id = ?");
                PreparedStatement grant = connection.prepareStatement("DELETE FROM oauth_grant WHERE id = ?")) {
            tokens.setString(1, id);
            tokens.executeUpdate();
            grant.setString(1, id);
            return grant.executeUpdate();
        }
    }

    private static void insertTokens(Connection connection, String grantId, List<IssuedToken> tokens) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO oauth_token (token_hash, grant_id, kind, expires_at, used) VALUES (?, ?, ?, ?, FALSE)")) {
            for (IssuedToken token : tokens) {
                insert.setString(1, token.tokenHash());
                insert.setString(2, grantId);
                insert.setString(3, token.refresh() ? "refresh" : "access");
                insert.setObject(4, SqlTimes.toDatabase(token.expiresAt()));
                insert.executeUpdate();
            }
        }
    }

    private static Optional<GrantRecord> first(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static GrantRecord read(ResultSet rows) throws SQLException {
        return new GrantRecord(rows.getString("id"), rows.getString("server_key"), URI.create(rows.getString("resource")),
                rows.getString("client_id"), rows.getString("client_name"), rows.getString("subject"),
                Optional.ofNullable(rows.getString("email")), Optional.ofNullable(rows.getString("display_name")),
                rows.getString("scope"), SqlTimes.read(rows, "created_at"), SqlTimes.read(rows, "expires_at"));
    }
}

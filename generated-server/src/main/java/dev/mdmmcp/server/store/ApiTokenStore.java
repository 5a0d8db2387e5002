package dev.mdmmcp.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code api_token} table. */
public final class ApiTokenStore {

    private final Database database;

    ApiTokenStore(Database database) {
        this.database = database;
    }

    /**
     * @return false when a token of that name exists already
     */
    public boolean insert(ApiTokenRecord token) {
        return database.transaction("create an API token", connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM api_token WHERE name = ?")) {
                exists.setString(1, token.name());
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO api_token (id, name, token_hash, created_at, scope, servers) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, token.id());
                insert.setString(2, token.name());
                insert.setString(3, token.tokenHash());
                insert.setObject(4, SqlTimes.toDatabase(token.createdAt()));
                insert.setString(5, token.scope().wireName());
                insert.setString(6, token.servers().isEmpty() ? null : String.join(",", token.servers()));
                insert.executeUpdate();
                return true;
            }
        });
    }

    public Optional<ApiTokenRecord> findByHash(String tokenHash) {
        return database.read("check an API token", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, token_hash, created_at, scope, servers FROM api_token WHERE token_hash = ?")) {
                select.setString(1, tokenHash);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Every token, by name. */
    public List<ApiTokenRecord> list() {
        return database.read("list API tokens", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, token_hash, created_at, scope, servers FROM api_token ORDER BY name");
                    ResultSet rows = select.executeQuery()) {
                List<ApiTokenRecord> tokens = new ArrayList<>();
                while (rows.next()) {
                    tokens.add(read(rows));
                }
                return tokens;
            }
        });
    }

    /** @return whether a token of that name existed */
    public boolean deleteByName(String name) {
        return database.transaction("revoke an API token", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_token WHERE name = ?")) {
                delete.setString(1, name);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static ApiTokenRecord read(ResultSet rows) throws SQLException {
        String servers = rows.getString("servers");
        return new ApiTokenRecord(rows.getString("id"), rows.getString("name"), rows.getString("token_hash"),
                SqlTimes.read(rows, "created_at"), ApiTokenRecord.Scope.fromWire(rows.getString("scope")),
                servers == null || servers.isEmpty() ? List.of() : List.of(servers.split(",")));
    }
}

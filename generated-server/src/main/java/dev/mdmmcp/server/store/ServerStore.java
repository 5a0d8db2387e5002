package dev.mdmmcp.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.people.AllowedPeople;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code mcp_server} table. */
public final class ServerStore {

    private static final String COLUMNS = "id, account_id, name, token_hash, methods, tags, expires_at,"
            + " require_api_token_auth, created_at, auth, allowed_people, tool_mode";
    private static final String URL_AUTH = "url";
    private static final String OAUTH = "oauth";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTIVE = "(expires_at IS NULL OR expires_at > ?)";

    private final Database database;

    ServerStore(Database database) {
        this.database = database;
    }

    /**
     * Stores a new server of an existing account.
     *
     * @return false when the account does not exist (any more)
     */
    public boolean insert(ServerRecord server) {
        return database.transaction("create an MCP server", connection -> {
            if (AccountStore.find(connection, server.accountId()).isEmpty()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO mcp_server (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, server.id());
                insert.setString(2, server.accountId());
                insert.setString(3, server.name());
                insert.setString(4, server.tokenHash().orElse(null));
                setList(insert, 5, server.methods());
                setList(insert, 6, server.tags());
                if (server.expiresAt().isPresent()) {
                    insert.setObject(7, SqlTimes.toDatabase(server.expiresAt().get()));
                } else {
                    insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                insert.setBoolean(8, server.requireApiTokenAuth());
                insert.setObject(9, SqlTimes.toDatabase(server.createdAt()));
                insert.setString(10, server.isOAuth() ? OAUTH : URL_AUTH);
                insert.setString(11, server.allowedPeople().map(ServerStore::allowedJson).orElse(null));
                insert.setString(12, server.toolMode());
                insert.executeUpdate();
                return true;
            }
        });
    }

    /** The server whose URL token hashes to {@code tokenHash}, expired or not. */
    public Optional<ServerRecord> findByTokenHash(String tokenHash) {
        return database.read("look up an MCP server", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mcp_server WHERE token_hash = ?")) {
                select.setString(1, tokenHash);
                return first(select);
            }
        });
    }

    /** The OAuth server {@code id}, expired or not. */
    public Optional<ServerRecord> findOAuth(String id) {
        return database.read("look up an OAuth MCP server", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mcp_server WHERE id = ? AND auth = '" + OAUTH + "'")) {
                select.setString(1, id);
                return first(select);
            }
        });
    }

    /** The server {@code id} of any account, expired or not. */
    public Optional<ServerRecord> findById(String id) {
        return database.read("read an MCP server", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mcp_server WHERE id = ?")) {
                select.setString(1, id);
                return first(select);
            }
        });
    }

    /** A server of the account, expired or not. */
    public Optional<ServerRecord> find(String accountId, String id) {
        return database.read("read an MCP server", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mcp_server WHERE account_id = ? AND id = ?")) {
                select.setString(1, accountId);
                select.setString(2, id);
                return first(select);
            }
        });
    }

    /** A server of the account that has not expired at {@code now}. */
    public Optional<ServerRecord> findActive(String accountId, String id, Instant now) {
        return database.read("read an MCP server", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mcp_server WHERE account_id = ? AND id = ? AND " + ACTIVE)) {
                select.setString(1, accountId);
                select.setString(2, id);
                select.setObject(3, SqlTimes.toDatabase(now));
                return first(select);
            }
        });
    }

    /** The account's servers that have not expired at {@code now}, oldest first. */
    public List<ServerRecord> listActive(String accountId, Instant now) {
        return database.read("list MCP servers", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM mcp_server WHERE account_id = ? AND " + ACTIVE + " ORDER BY created_at, id")) {
                select.setString(1, accountId);
                select.setObject(2, SqlTimes.toDatabase(now));
                try (ResultSet rows = select.executeQuery()) {
                    List<ServerRecord> servers = new ArrayList<>();
                    while (rows.next()) {
                        servers.add(read(rows));
                    }
                    return servers;
                }
            }
        });
    }

    /** The token hashes of every server of the account, expired or not. */
    public List<String> tokenHashesOf(String accountId) {
        return database.read("list MCP servers", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT token_hash FROM mcp_server WHERE account_id = ? AND token_hash IS NOT NULL")) {
                select.setString(1, accountId);
                try (ResultSet rows = select.executeQuery()) {
                    List<String> hashes = new ArrayList<>();
                    while (rows.next()) {
                        hashes.add(rows.getString(1));
                    }
                    return hashes;
                }
            }
        });
    }

    /** Servers of every account that have not expired at {@code now}. */
    public int countActive(Instant now) {
        return database.read("count MCP servers", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM mcp_server WHERE " + ACTIVE)) {
                select.setObject(1, SqlTimes.toDatabase(now));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /**
     * Revokes a server of the account with its call history, at once.
     *
     * @return whether it existed
     */
    public boolean delete(String accountId, String id) {
        return database.transaction("revoke an MCP server", connection -> {
            try (PreparedStatement calls = connection.prepareStatement("DELETE FROM tool_call WHERE server_id IN"
                    + " (SELECT id FROM mcp_server WHERE account_id = ? AND id = ?)");
                    PreparedStatement grants = connection.prepareStatement("DELETE FROM oauth_grant WHERE server_key IN"
                            + " (SELECT id FROM mcp_server WHERE account_id = ? AND id = ?)");
                    PreparedStatement server = connection.prepareStatement(
                            "DELETE FROM mcp_server WHERE account_id = ? AND id = ?")) {
                calls.setString(1, accountId);
                calls.setString(2, id);
                calls.executeUpdate();
                grants.setString(1, accountId);
                grants.setString(2, id);
                grants.executeUpdate();
                server.setString(1, accountId);
                server.setString(2, id);
                return server.executeUpdate() == 1;
            }
        });
    }

    /**
     * Deletes the servers expired at {@code now} with their call history. Every instance may run it
     * at the same moment: deleting rows another instance deleted first just deletes nothing.
     *
     * @return how many servers this call deleted
     */
    public int deleteExpired(Instant now) {
        return database.transaction("purge expired MCP servers", connection -> {
            try (PreparedStatement calls = connection.prepareStatement("DELETE FROM tool_call WHERE server_id IN"
                    + " (SELECT id FROM mcp_server WHERE expires_at <= ?)");
                    PreparedStatement grants = connection.prepareStatement("DELETE FROM oauth_grant WHERE server_key IN"
                            + " (SELECT id FROM mcp_server WHERE expires_at <= ?)");
                    PreparedStatement servers = connection.prepareStatement(
                            "DELETE FROM mcp_server WHERE expires_at <= ?")) {
                calls.setObject(1, SqlTimes.toDatabase(now));
                calls.executeUpdate();
                grants.setObject(1, SqlTimes.toDatabase(now));
                grants.executeUpdate();
                servers.setObject(1, SqlTimes.toDatabase(now));
                return servers.executeUpdate();
            }
        });
    }

    private static Optional<ServerRecord> first(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static void setList(PreparedStatement statement, int index, Optional<List<String>> values) throws SQLException {
        if (values.isPresent()) {
            statement.setString(index, String.join(",", values.get()));
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static Optional<List<String>> readList(ResultSet rows, String column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? Optional.empty() : Optional.of(Arrays.asList(value.split(",")));
    }

    private static ServerRecord read(ResultSet rows) throws SQLException {
        Optional<AllowedPeople> allowed = OAUTH.equals(rows.getString("auth"))
                ? Optional.of(readAllowed(rows.getString("allowed_people")))
                : Optional.empty();
        return new ServerRecord(rows.getString("id"), rows.getString("account_id"), rows.getString("name"),
                Optional.ofNullable(rows.getString("token_hash")), readList(rows, "methods"), readList(rows, "tags"), rows.getString("tool_mode"),
                SqlTimes.readOptional(rows, "expires_at"), rows.getBoolean("require_api_token_auth"),
                SqlTimes.read(rows, "created_at"), allowed);
    }

    private static String allowedJson(AllowedPeople allowed) {
        ObjectNode json = JSON.createObjectNode();
        allowed.emails().forEach(json.putArray("emails")::add);
        allowed.domains().forEach(json.putArray("domains")::add);
        allowed.groups().forEach(json.putArray("groups")::add);
        return json.toString();
    }

    private static AllowedPeople readAllowed(String text) throws SQLException {
        JsonNode json;
        try {
            json = JSON.readTree(text == null ? "{}" : text);
        } catch (JsonProcessingException e) {
            throw new SQLException("allowed_people of an MCP server is not JSON");
        }
        return new AllowedPeople(strings(json.path("emails")), strings(json.path("domains")), strings(json.path("groups")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

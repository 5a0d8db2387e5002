package dev.mdmmcp.server.store;

import dev.mdmmcp.server.crypto.Sealed;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code integrated_account} table. */
public final class AccountStore {

    private static final String COLUMNS = "id, integration, name, base_url, credentials_sealed, credentials_key_id,"
            + " version, created_at, updated_at, upstream_settings";

    private final Database database;

    AccountStore(Database database) {
        this.database = database;
    }

    public void insert(AccountRecord account) {
        database.transaction("create an integrated account", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO integrated_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, account.id());
                insert.setString(2, account.integration());
                insert.setString(3, account.name());
                insert.setString(4, account.baseUrl().toString());
                insert.setString(5, account.credentials().ciphertext());
                insert.setString(6, account.credentials().keyId());
                insert.setInt(7, account.version());
                insert.setObject(8, SqlTimes.toDatabase(account.createdAt()));
                insert.setObject(9, SqlTimes.toDatabase(account.updatedAt()));
                insert.setString(10, account.upstreamSettings().orElse(null));
                return insert.executeUpdate();
            }
        });
    }

    public Optional<AccountRecord> find(String id) {
        return database.read("read an integrated account", connection -> find(connection, id));
    }

    static Optional<AccountRecord> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM integrated_account WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Every account, oldest first. */
    public List<AccountRecord> list() {
        return database.read("list integrated accounts", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM integrated_account ORDER BY created_at, id");
                    ResultSet rows = select.executeQuery()) {
                List<AccountRecord> accounts = new ArrayList<>();
                while (rows.next()) {
                    accounts.add(read(rows));
                }
                return accounts;
            }
        });
    }

    /**
     * Writes {@code account}'s name, base URL, credentials, upstream settings, version and update
     * time, if the stored version is still {@code expectedVersion} (two concurrent changes: the
     * second one loses).
     *
     * @return whether it was written
     */
    public boolean update(AccountRecord account, int expectedVersion) {
        return database.transaction("update an integrated account", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE integrated_account SET name = ?,"
                    + " base_url = ?, credentials_sealed = ?, credentials_key_id = ?, version = ?, updated_at = ?,"
                    + " upstream_settings = ? WHERE id = ? AND version = ?")) {
                update.setString(1, account.name());
                update.setString(2, account.baseUrl().toString());
                update.setString(3, account.credentials().ciphertext());
                update.setString(4, account.credentials().keyId());
                update.setInt(5, account.version());
                update.setObject(6, SqlTimes.toDatabase(account.updatedAt()));
                update.setString(7, account.upstreamSettings().orElse(null));
                update.setString(8, account.id());
                update.setInt(9, expectedVersion);
                return update.executeUpdate() == 1;
            }
        });
    }

    /**
     * Deletes the account with its MCP servers and their call history, in one transaction.
     *
     * @return whether the account existed
     */
    public boolean delete(String id) {
        return database.transaction("delete an integrated account", connection -> {
            try (PreparedStatement calls = connection.prepareStatement(
                    "DELETE FROM tool_call WHERE server_id IN (SELECT id FROM mcp_server WHERE account_id = ?)");
                    PreparedStatement grants = connection.prepareStatement(
                            "DELETE FROM oauth_grant WHERE server_key IN (SELECT id FROM mcp_server WHERE account_id = ?)");
                    PreparedStatement servers = connection.prepareStatement("DELETE FROM mcp_server WHERE account_id = ?");
                    PreparedStatement account = connection.prepareStatement("DELETE FROM integrated_account WHERE id = ?")) {
                calls.setString(1, id);
                calls.executeUpdate();
                grants.setString(1, id);
                grants.executeUpdate();
                servers.setString(1, id);
                servers.executeUpdate();
                account.setString(1, id);
                return account.executeUpdate() == 1;
            }
        });
    }

    /** How many accounts each master key sealed, by key id: the startup check of the configured key. */
    public Map<String, Integer> countsByKeyId() {
        return database.read("count integrated accounts by master key", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT credentials_key_id, COUNT(*) FROM integrated_account GROUP BY credentials_key_id"
                            + " ORDER BY credentials_key_id");
                    ResultSet rows = select.executeQuery()) {
                Map<String, Integer> counts = new LinkedHashMap<>();
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
                return counts;
            }
        });
    }

    private static AccountRecord read(ResultSet rows) throws SQLException {
        return new AccountRecord(rows.getString("id"), rows.getString("integration"), rows.getString("name"),
                URI.create(rows.getString("base_url")),
                new Sealed(rows.getString("credentials_key_id"), rows.getString("credentials_sealed")),
                rows.getInt("version"), SqlTimes.read(rows, "created_at"), SqlTimes.read(rows, "updated_at"),
                Optional.ofNullable(rows.getString("upstream_settings")));
    }
}

package dev.mdmmcp.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The {@code oauth_client} table: clients registered with Dynamic Client Registration (RFC 7591). */
public final class OAuthClientStore {

    /**
     * A registered client.
     *
     * @param metadata its registered metadata, JSON as RFC 7591 writes it
     * @param secretHash SHA-256 (hex) of its secret; empty for a public client
     */
    public record RegisteredClient(String clientId, String metadata, Optional<String> secretHash, Instant createdAt) {
    }

    private final Database database;

    OAuthClientStore(Database database) {
        this.database = database;
    }

    public void insert(RegisteredClient client) {
        database.read("register an OAuth client", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO oauth_client (client_id, metadata, secret_hash, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, client.clientId());
                insert.setString(2, client.metadata());
                insert.setString(3, client.secretHash().orElse(null));
                insert.setObject(4, SqlTimes.toDatabase(client.createdAt()));
                return insert.executeUpdate();
            }
        });
    }

    public Optional<RegisteredClient> find(String clientId) {
        return database.read("read an OAuth client", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT client_id, metadata, secret_hash, created_at FROM oauth_client WHERE client_id = ?")) {
                select.setString(1, clientId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.<RegisteredClient>empty();
                    }
                    return Optional.of(new RegisteredClient(rows.getString("client_id"), rows.getString("metadata"),
                            Optional.ofNullable(rows.getString("secret_hash")), SqlTimes.read(rows, "created_at")));
                }
            }
        });
    }
}

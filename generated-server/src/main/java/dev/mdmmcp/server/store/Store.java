package dev.mdmmcp.server.store;

import dev.mdmmcp.server.config.ManagedConfig;

/**
 * The store of managed servers: its database, brought up to the current schema, and one class
 * per table. Open it once per process and close it with the server.
 */
public final class Store implements AutoCloseable {

    private final Database database;
    private final AccountStore accounts;
    private final ServerStore servers;
    private final ApiTokenStore apiTokens;
    private final CallStore calls;
    private final RefusedCallStore refusedCalls;
    private final OAuthClientStore oauthClients;
    private final PendingStore pending;
    private final GrantStore grants;

    private Store(Database database) {
        this.database = database;
        this.accounts = new AccountStore(database);
        this.servers = new ServerStore(database);
        this.apiTokens = new ApiTokenStore(database);
        this.calls = new CallStore(database);
        this.refusedCalls = new RefusedCallStore(database);
        this.oauthClients = new OAuthClientStore(database);
        this.pending = new PendingStore(database);
        this.grants = new GrantStore(database);
    }

    /**
     * Opens the database {@code config} names and applies pending migrations.
     *
     * @throws StoreException when it cannot be opened or migrated
     */
    public static Store open(ManagedConfig config) {
        Database database = Database.open(config);
        try {
            SchemaMigrations.apply(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new Store(database);
    }

    public Database database() {
        return database;
    }

    public AccountStore accounts() {
        return accounts;
    }

    public ServerStore servers() {
        return servers;
    }

    public ApiTokenStore apiTokens() {
        return apiTokens;
    }

    public CallStore calls() {
        return calls;
    }

    public RefusedCallStore refusedCalls() {
        return refusedCalls;
    }

    public OAuthClientStore oauthClients() {
        return oauthClients;
    }

    public PendingStore pending() {
        return pending;
    }

    public GrantStore grants() {
        return grants;
    }

    @Override
    public void close() {
        database.close();
    }
}

package dev.mdmmcp.server.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.config.UpstreamHosts;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.crypto.SealedCredentials;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.ServerRecord;
import dev.mdmmcp.server.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The managed servers of the store, by the hash of their URL token (OAuth servers by id). A found server is remembered
 * for {@link #FRESH_FOR} only, so a server revoked through another instance is refused here
 * within that time; expiry is checked against the clock on every request.
 */
public final class StoredServerLookup implements ServerLookup {

    /** How long a found server is trusted without asking the store again. */
    public static final Duration FRESH_FOR = Duration.ofMillis(500);
    private static final int MAX_REMEMBERED = 10_000;
    /** OAuth servers are remembered by id under this prefix, apart from token hashes (hex). */
    private static final String OAUTH_KEY = "oauth:";
    private static final Logger LOGGER = Logger.getLogger(StoredServerLookup.class.getName());

    private record Found(ServerRecord server, ServerDefinition definition) {
    }

    private final Store store;
    private final StoredAccountConnections connections;
    private final Catalogs catalogs;
    private final UpstreamHosts upstreamHosts;
    private final Clock clock;
    private final Cache<String, Found> recent;

    StoredServerLookup(Store store, StoredAccountConnections connections, Catalogs catalogs, UpstreamHosts upstreamHosts,
            Clock clock, LongSupplier ticker) {
        this.store = store;
        this.connections = connections;
        this.catalogs = catalogs;
        this.upstreamHosts = upstreamHosts;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FRESH_FOR)
                .ticker(ticker::getAsLong).executor(Runnable::run).build();
    }

    public static StoredServerLookup create(Store store, SealedCredentials credentials, ObjectMapper mapper,
            Catalogs catalogs, Clock clock, BudgetLedger ledger, UpstreamHosts upstreamHosts) {
        return new StoredServerLookup(store, new StoredAccountConnections(credentials, mapper, clock, ledger), catalogs,
                upstreamHosts, clock,
                System::nanoTime);
    }

    @Override
    public Optional<ServerDefinition> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = TokenHash.of(token);
        Found found = recent.getIfPresent(hash);
        if (found == null) {
            found = load(store.servers().findByTokenHash(hash)).orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            recent.put(hash, found);
        }
        return found.server().isActiveAt(clock.instant()) ? Optional.of(found.definition()) : Optional.empty();
    }

    /** The OAuth server of this id, when it exists and has not expired. */
    public Optional<ServerDefinition> findOAuth(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        String key = OAUTH_KEY + id;
        Found found = recent.getIfPresent(key);
        if (found == null) {
            found = load(store.servers().findOAuth(id)).orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            recent.put(key, found);
        }
        return found.server().isActiveAt(clock.instant()) ? Optional.of(found.definition()) : Optional.empty();
    }

    /** Forgets the servers of these token hashes at once (revoked, or their account changed). */
    public void forget(Collection<String> tokenHashes) {
        recent.invalidateAll(tokenHashes);
    }

    private Optional<Found> load(Optional<ServerRecord> server) {
        if (server.isEmpty() || !server.get().isActiveAt(clock.instant())) {
            return Optional.empty();
        }
        Optional<AccountRecord> account = store.accounts().find(server.get().accountId());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Optional<VendorCatalog> catalog = catalogs.vendor(account.get().integration());
        if (catalog.isEmpty()) {
            LOGGER.warning("integrated account " + account.get().id() + " is of integration '" + account.get().integration()
                    + "', which this build does not have: its servers answer 404");
            return Optional.empty();
        }
        Optional<String> refusal = upstreamHosts.refusal(account.get().baseUrl(), catalog.get().profile());
        if (refusal.isPresent()) {
            // Stored before the rule, or the operator's list shrank: its credentials stay home.
            LOGGER.warning("integrated account " + account.get().id() + ": " + refusal.get() + "; its servers answer 404"
                    + " until its base_url is changed");
            return Optional.empty();
        }
        AccountConnection connection = connections.connectionFor(account.get(), catalog.get());
        ToolFilter filter = ToolFilter.of(server.get().methods(), server.get().tags());
        ServerDefinition definition = new ServerDefinition(server.get().id(), connection,
                ServerDefinition.admitted(connection.account(), filter), server.get().requireApiTokenAuth(), true,
                ToolMode.parse(server.get().toolMode()).orElse(ToolMode.ALL));
        return Optional.of(new Found(server.get(), definition));
    }
}

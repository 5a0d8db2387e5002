package dev.mdmmcp.server.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.UpstreamPolicy;
import dev.mdmmcp.server.crypto.SealedCredentials;
import dev.mdmmcp.server.store.AccountRecord;
import java.time.Clock;

/**
 * One connection per stored account and version, shared by all its servers (and so one OAuth2
 * token cache per account). A changed account (new credentials, new base URL) has a new version
 * and gets a new connection; the old one is dropped when pushed out of the bounded cache.
 */
final class StoredAccountConnections {

    private static final int MAX_CONNECTIONS = 256;

    private record Key(String accountId, int version) {
    }

    private final Cache<Key, AccountConnection> connections = Caffeine.newBuilder().maximumSize(MAX_CONNECTIONS)
            .executor(Runnable::run).build();
    private final SealedCredentials credentials;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final BudgetLedger ledger;

    StoredAccountConnections(SealedCredentials credentials, ObjectMapper mapper, Clock clock, BudgetLedger ledger) {
        this.credentials = credentials;
        this.mapper = mapper;
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * @throws dev.mdmmcp.server.crypto.SealException when the account's credentials cannot be opened
     */
    AccountConnection connectionFor(AccountRecord account, VendorCatalog catalog) {
        return connections.get(new Key(account.id(), account.version()), key -> {
            // The account's id is its name here: unique, and safe in logs and cursor scopes.
            AccountConfig config = new AccountConfig(account.id(), catalog, account.baseUrl(),
                    credentials.open(account.id(), account.credentials()), policy(account, catalog));
            return AccountConnection.open(config, mapper, clock, ledger);
        });
    }

    /** What the account sets, checked when it was stored, over the vendor's defaults. */
    private UpstreamPolicy policy(AccountRecord account, VendorCatalog catalog) {
        return account.upstreamSettings().map(text -> {
            try {
                return UpstreamPolicy.fromSettings(mapper.readTree(text), "the upstream settings of integrated account "
                        + account.id(), catalog.profile());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored upstream settings of integrated account " + account.id()
                        + " are not JSON");
            }
        }).orElseGet(() -> UpstreamPolicy.defaultsFor(catalog.profile()));
    }
}

package dev.mdmmcp.server.budget;

import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreBudgetLedger;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A Kandji tenant whose hour is mostly spent, so budget tests need not wait an hour: the requests
 * were sent half an hour ago, as this server's store-kept ledger and the tenant itself both count.
 */
final class SpentHour {

    /** This server's hourly share of a Kandji tenant at the default 80%. */
    static final int SHARE = 8_000;

    private SpentHour() {
    }

    /** Spends all but {@code left} of the share, in the ledger of the store {@code store} names and at {@code tenant}. */
    static void leave(int left, ManagedConfig store, RateLimitedUpstream tenant) {
        int used = SHARE - left;
        Duration ago = Duration.ofMinutes(30);
        tenant.usedEarlier(used, ago);
        long sentAt = System.currentTimeMillis() - ago.toMillis();
        try (Store opened = Store.open(store)) {
            new StoreBudgetLedger(opened.database(), Clock.systemUTC()).change(
                    AccountBudget.tenantKey("kandji", URI.create(tenant.baseUrl())), book -> {
                        book.record(sentAt, used);
                        return null;
                    });
        }
    }
}

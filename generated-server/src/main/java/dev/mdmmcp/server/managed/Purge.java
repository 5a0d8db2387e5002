package dev.mdmmcp.server.managed;

import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreBudgetLedger;
import dev.mdmmcp.server.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Deletes expired MCP servers (their URLs already answer 404: expiry is checked on every
 * request), tool calls older than {@link #CALL_HISTORY} and the rate budgets of tenants unused
 * for {@link #UNUSED_BUDGET} (an account deleted, or its base URL changed). It runs at startup and every
 * {@link #INTERVAL} on every instance; instances purging at once do no harm, each DELETE just
 * finds fewer rows.
 */
final class Purge implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    static final Duration CALL_HISTORY = Duration.ofDays(7);
    /** Far beyond the longest window (an hour) and any vendor pause a budget may still hold. */
    static final Duration UNUSED_BUDGET = Duration.ofDays(1);
    private static final Logger LOGGER = Logger.getLogger(Purge.class.getName());

    private final Store store;
    private final StoreBudgetLedger budgets;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mdm-mcp-purge");
        thread.setDaemon(true);
        return thread;
    });

    Purge(Store store, StoreBudgetLedger budgets, Clock clock) {
        this.store = store;
        this.budgets = budgets;
        this.clock = clock;
    }

    void start() {
        runOnce();
        scheduler.scheduleWithFixedDelay(this::runOnce, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            int servers = store.servers().deleteExpired(clock.instant());
            store.pending().deleteExpired(clock.instant());
            store.grants().deleteExpired(clock.instant());
            int calls = store.calls().deleteOlderThan(clock.instant().minus(CALL_HISTORY));
            budgets.deleteUnusedSince(clock.instant().minus(UNUSED_BUDGET));
            if (servers > 0) {
                LOGGER.info("purge: deleted " + servers + " expired MCP server(s)");
            }
            if (calls > 0) {
                LOGGER.fine("purge: deleted " + calls + " tool call(s) older than " + CALL_HISTORY.toDays() + " days");
            }
        } catch (StoreException e) {
            // Concurrent purges may deadlock on PostgreSQL; the loser simply tries again next time.
            LOGGER.warning("purge: " + e.getMessage() + "; retrying in " + INTERVAL.toSeconds() + " s");
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

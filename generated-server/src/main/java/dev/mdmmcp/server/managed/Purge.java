package dev.mdmmcp.server.managed;

import dev.mdmmcp.server.config.CallHistoryRetention;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreBudgetLedger;
import dev.mdmmcp.server.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Deletes expired MCP servers (their URLs already answer 404: expiry is checked on every
 * request), the call history beyond its {@link CallHistoryRetention} (older than its age, then the
 * oldest calls while it is over its size) and the rate budgets of tenants unused for
 * {@link #UNUSED_BUDGET} (an account deleted, or its base URL changed). On H2 the space freed is
 * then given back ({@link dev.mdmmcp.server.store.Database#reclaimSpace}). It runs at startup and
 * every {@link #INTERVAL} on every instance; instances purging at once do no harm, each DELETE just
 * finds fewer rows.
 */
final class Purge implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Over its size limit, the history is cut to this share of it, so it does not shrink by a row each time. */
    static final double SIZE_TARGET = 0.8;
    /** Far beyond the longest window (an hour) and any vendor pause a budget may still hold. */
    static final Duration UNUSED_BUDGET = Duration.ofDays(1);
    private static final Logger LOGGER = Logger.getLogger(Purge.class.getName());

    private final Store store;
    private final StoreBudgetLedger budgets;
    private final CallHistoryRetention retention;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mdm-mcp-purge");
        thread.setDaemon(true);
        return thread;
    });

    Purge(Store store, StoreBudgetLedger budgets, CallHistoryRetention retention, Clock clock) {
        this.store = store;
        this.budgets = budgets;
        this.retention = retention;
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
            Instant cutoff = clock.instant().minus(retention.maxAge());
            int calls = store.calls().deleteOlderThan(cutoff) + store.refusedCalls().deleteOlderThan(cutoff);
            budgets.deleteUnusedSince(clock.instant().minus(UNUSED_BUDGET));
            if (servers > 0) {
                LOGGER.info("purge: deleted " + servers + " expired MCP server(s)");
            }
            if (calls > 0) {
                LOGGER.fine("purge: deleted " + calls + " tool call row(s) older than " + retention.maxAge().toDays() + " days");
            }
            long bytes = store.calls().historyBytes();
            if (bytes > retention.maxBytes()) {
                double fraction = 1 - SIZE_TARGET * retention.maxBytes() / bytes;
                int oldest = store.calls().deleteOldest(fraction);
                LOGGER.info("purge: the call history took " + bytes / 1024 + " KiB, over its limit of "
                        + retention.maxBytes() / 1024 + " KiB (call_history_max_mb): deleted its " + oldest + " oldest call(s)");
                calls += oldest;
            }
            if (servers + calls > 0) {
                store.database().reclaimSpace();
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

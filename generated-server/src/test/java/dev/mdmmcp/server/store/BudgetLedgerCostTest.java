package dev.mdmmcp.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.budget.AccountBudget;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.budget.InProcessBudgetLedger;
import dev.mdmmcp.server.store.TestStores.Engine;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the rate budget adds to each tool call, per ledger: a call books its request
 * ({@code admit}, one locked change), may take in the vendor's rate-limit headers ({@code observe},
 * a second locked change, only when the vendor sends them) and reads the state for {@code _meta}
 * (a plain read). The figures go to this test's output
 * ({@code target/surefire-reports/dev.mdmmcp.server.store.BudgetLedgerCostTest-output.txt});
 * {@code -Dmdm-mcp.ledger.cost.calls=N} measures longer. The bound only catches the pathological
 * (lock waits, a round trip per bucket), not a slow machine.
 */
class BudgetLedgerCostTest {

    private static final int CALLS = Integer.getInteger("mdm-mcp.ledger.cost.calls", 300);
    private static final int THREADS = 8;
    /** Limits that never make a call wait, so only the ledger's own cost is measured. */
    private static final BudgetLimits NEVER_WAITS = new BudgetLimits(0, 1_000_000_000, 100);
    private static final HttpHeaders VENDOR_HEADERS = HttpHeaders.of(Map.of("X-RateLimit-Limit", List.of("10000000"),
            "X-RateLimit-Remaining", List.of("9000000"), "X-RateLimit-Reset", List.of("600")), (name, value) -> true);
    private static final long MAX_MEAN_MICROS_PER_CALL = 50_000;

    private final List<Store> stores = new ArrayList<>();

    @AfterEach
    void closeStores() {
        stores.forEach(Store::close);
    }

    @Test
    void theBudgetAddsLittleToACallOnEveryLedger() throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "per-call ledger cost in microseconds (%d calls one after another; then %d threads at once, per call)%n",
                CALLS, THREADS));
        report.append(String.format(Locale.ROOT, "%-12s %-22s %8s %8s %8s %8s%n", "ledger", "call", "mean", "p50", "p99",
                "8 thr"));
        measure("in-process", new InProcessBudgetLedger(), report);
        measure("H2", storeLedger(Engine.H2), report);
        measure("PostgreSQL", storeLedger(Engine.POSTGRESQL), report);
        System.out.print(report);
    }

    private BudgetLedger storeLedger(Engine engine) {
        Store store = TestStores.open(engine);
        stores.add(store);
        return new StoreBudgetLedger(store.database(), Clock.systemUTC());
    }

    private void measure(String name, BudgetLedger ledger, StringBuilder report) throws Exception {
        for (boolean headers : List.of(false, true)) {
            AccountBudget budget = new AccountBudget(AccountBudget.tenantKey("kandji", URI.create("https://" + name
                    + (headers ? "-h" : "") + ".api.kandji.io")), "kandji", "Kandji", NEVER_WAITS, Duration.ZERO, ledger,
                    Clock.systemUTC());
            calls(budget, headers, CALLS / 5);
            long[] alone = calls(budget, headers, CALLS);
            double together = together(budget, headers);
            Arrays.sort(alone);
            double mean = Arrays.stream(alone).average().orElseThrow() / 1_000;
            report.append(String.format(Locale.ROOT, "%-12s %-22s %8.0f %8.0f %8.0f %8.0f%n", name,
                    headers ? "book + headers + read" : "book + read", mean, alone[alone.length / 2] / 1_000.0,
                    alone[alone.length * 99 / 100] / 1_000.0, together));
            assertThat(mean).as(name + " microseconds per call").isLessThan(MAX_MEAN_MICROS_PER_CALL);
        }
    }

    /** What one tool call does with its budget, {@code count} times: nanoseconds of each. */
    private static long[] calls(AccountBudget budget, boolean headers, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            budget.admit(Clock.systemUTC().instant());
            if (headers) {
                budget.observe(200, VENDOR_HEADERS);
            }
            budget.state();
            nanos[i] = System.nanoTime() - started;
        }
        return nanos;
    }

    /** Microseconds per call while {@link #THREADS} threads call at once on one tenant. */
    private static double together(AccountBudget budget, boolean headers) throws Exception {
        int perThread = Math.max(1, CALLS / THREADS);
        List<Future<long[]>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> calls(budget, headers, perThread)));
            }
        }
        long total = 0;
        for (Future<long[]> done : running) {
            total += Arrays.stream(done.get()).sum();
        }
        return total / 1_000.0 / (perThread * THREADS);
    }
}

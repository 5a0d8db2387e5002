package dev.mdmmcp.server.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.testing.MutableClock;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AccountBudgetTest {

    private static final String TENANT = AccountBudget.tenantKey("kandji", URI.create("https://acme.api.kandji.io"));
    private static final BudgetLimits KANDJI = new BudgetLimits(50, 10_000, 80);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InProcessBudgetLedger ledger = new InProcessBudgetLedger();

    private AccountBudget budget(Duration maxWait) {
        return new AccountBudget(TENANT, "kandji-prod", "Kandji", KANDJI, maxWait, ledger, clock);
    }

    private static HttpHeaders headers(String... namesAndValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /** What the model reads of a refusal; null for none. */
    private static ToolFailure toModel(BudgetRefusal refusal) {
        return refusal == null ? null : new ToolFailure(new FailureReason.BudgetRefused(refusal));
    }

    /** The refusal of a request that may not wait. */
    private String refusal(AccountBudget budget) {
        ToolFailure failure = toModel(catchThrowableOfType(BudgetRefusal.class, () -> budget.admit(clock.instant())));
        assertThat(failure).as("the budget should refuse").isNotNull();
        assertThat(failure.outcome()).isEqualTo(Outcome.BUDGET_SPENT);
        return failure.getMessage();
    }

    /** 40 requests, two every 50 ms (as fast as the pace of the second allows), from the budgets in turn. */
    private void spendTheSecond(AccountBudget... budgets) {
        for (int i = 0; i < 40; i++) {
            budgets[i % budgets.length].admit(clock.instant());
            if (i % 2 == 1) {
                clock.advance(Duration.ofMillis(50));
            }
        }
    }

    @Test
    void aBurstBeyondTheLongestWaitSaysSoAndWhenToRetry() {
        AccountBudget budget = budget(Duration.ZERO);
        spendTheSecond(budget);

        assertThat(refusal(budget)).isEqualTo("Account 'kandji-prod' is asked for more than its 40 requests per second,"
                + " 80% of Kandji's 50 per second for the tenant, and the next free moment is more than 0 s away. No request"
                + " was sent to Kandji. Budget returns in 1 s (at 2026-11-21T10:00:02Z). Retry then, and make fewer calls"
                + " at once.");
    }

    @Test
    void aSpentHourSaysWhenTheBudgetReturns() {
        AccountBudget budget = budget(Duration.ofSeconds(2));
        long now = clock.millis();
        ledger.change(TENANT, book -> {
            book.record(now - Duration.ofMinutes(45).toMillis(), 8_000);
            return null;
        });

        assertThat(refusal(budget)).isEqualTo("The hourly request budget of account 'kandji-prod' is spent: 8000 requests"
                + " in the last hour, 80% of Kandji's 10000 per hour for the tenant (the rest is kept for the tenant's other"
                + " integrations). No request was sent to Kandji. Budget returns in 960 s (at 2026-11-21T10:16:00Z). Until"
                + " then every call to this account fails like this; to spend less, ask for more per call (a larger"
                + " limit, narrower filters) instead of many small calls.");
    }

    @Test
    void a429PausesTheAccountForRetryAfter() {
        AccountBudget budget = budget(Duration.ofSeconds(2));

        budget.observe(429, headers("Retry-After", "30"));

        assertThat(refusal(budget)).isEqualTo("Kandji answered an earlier request of account 'kandji-prod' with HTTP 429"
                + " (quota used up), so the account waits for Kandji's reset. No request was sent to Kandji. Budget"
                + " returns in 30 s (at 2026-11-21T10:00:30Z). Retry then, not sooner.");
        clock.advance(Duration.ofSeconds(30));
        budget.admit(clock.instant());
    }

    @Test
    void a429WithoutAResetPausesForAMinute() {
        AccountBudget budget = budget(Duration.ofSeconds(2));

        budget.observe(429, headers());

        assertThat(budget.state().vendor()).isEqualTo(new BudgetState.WindowState(null, 0, 60));
    }

    @Test
    void theVendorsCountKeepsTheOtherIntegrationsHeadroom() {
        AccountBudget budget = budget(Duration.ofSeconds(2));

        budget.observe(200, headers("X-RateLimit-Limit", "10000", "X-RateLimit-Remaining", "3000",
                "X-RateLimit-Reset", "600"));
        BudgetState afterPlenty = budget.state();
        budget.observe(200, headers("X-RateLimit-Limit", "10000", "X-RateLimit-Remaining", "1999",
                "X-RateLimit-Reset", "600"));

        // 20% of 10,000 stays free for the tenant's other integrations.
        assertThat(afterPlenty.vendor()).isEqualTo(new BudgetState.WindowState(null, 1000, 600));
        assertThat(refusal(budget)).startsWith("Kandji reports that the tenant of account 'kandji-prod' has little of its"
                + " request quota left; what remains is kept for the tenant's other integrations. No request was sent to"
                + " Kandji. Budget returns in 600 s");
    }

    @Test
    void accountsOfOneTenantDrawOnOneBudget() {
        AccountBudget readOnly = budget(Duration.ZERO);
        AccountBudget writer = new AccountBudget(AccountBudget.tenantKey("kandji", URI.create("https://acme.api.kandji.io")),
                "kandji-writes", "Kandji", KANDJI, Duration.ZERO, ledger, clock);
        spendTheSecond(readOnly, writer);

        assertThat(refusal(writer)).contains("40 requests per second");
        assertThat(readOnly.state().windows().get(BudgetWindow.PER_SECOND).remaining()).isZero();
    }

    @Test
    void aRefusalForTheHourStandsSoLaterCallsFailWithoutWaitingButOneForTheSecondDoesNot() {
        AccountBudget perSecond = budget(Duration.ZERO);
        spendTheSecond(perSecond);
        refusal(perSecond);
        perSecond.refuseAtOnceWhileSpent(clock.instant().plusSeconds(2));

        AccountBudget perHour = budget(Duration.ZERO);
        long now = clock.millis();
        ledger.change(TENANT, book -> {
            book.record(now - Duration.ofMinutes(45).toMillis(), 8_000);
            return null;
        });
        String refused = refusal(perHour);
        ToolFailure standing = toModel(catchThrowableOfType(BudgetRefusal.class,
                () -> perHour.refuseAtOnceWhileSpent(clock.instant().plusSeconds(2))));

        assertThat(standing).isNotNull();
        assertThat(standing.getMessage()).isEqualTo(refused);
    }

    /** A ledger kept in a store that cannot be reached. */
    private static final BudgetLedger UNREACHABLE = new BudgetLedger() {
        @Override
        public <T> T change(String tenant, Function<BudgetBook, T> change) {
            throw new BudgetLedgerException("store: cannot book the rate budget of a tenant (SQL state 08001)", null);
        }
    };

    @Test
    void aLedgerThatCannotBeReachedRefusesTheCallInsteadOfSendingItUnbooked() {
        AccountBudget budget = new AccountBudget(TENANT, "kandji-prod", "Kandji", KANDJI, Duration.ZERO, UNREACHABLE, clock);

        ToolFailure failure = toModel(catchThrowableOfType(BudgetRefusal.class, () -> budget.admit(clock.instant())));

        assertThat(failure.outcome()).isEqualTo(Outcome.BUDGET_UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo("The rate budget of account 'kandji-prod' is kept in the server's"
                + " store, which cannot be reached right now, so the call was not sent: sending it unbooked could exceed"
                + " the tenant's limits at Kandji. No request was sent to Kandji. Retry in a few seconds.");
    }

    @Test
    void aVendorAnswerThatCannotBeRecordedLeavesTheCallsAnswerStanding() {
        AccountBudget budget = new AccountBudget(TENANT, "kandji-prod", "Kandji", KANDJI, Duration.ZERO, UNREACHABLE, clock);

        budget.observe(429, headers("Retry-After", "30"));
        budget.observe(200, headers("X-RateLimit-Limit", "10000", "X-RateLimit-Remaining", "3000",
                "X-RateLimit-Reset", "600"));
    }
}

package dev.mdmmcp.server.call;

import dev.mdmmcp.server.budget.AccountBudget;
import dev.mdmmcp.server.budget.BudgetLedger;
import dev.mdmmcp.server.budget.BudgetState;
import dev.mdmmcp.server.concurrency.FairPermits;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.UpstreamPolicy;
import dev.mdmmcp.server.fault.CircuitBreaker;
import dev.mdmmcp.server.fault.ReadRetry;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.server.upstream.ResponseTooLargeException;
import dev.mdmmcp.server.upstream.UpstreamFailures;
import dev.mdmmcp.server.upstream.UpstreamIoException;
import dev.mdmmcp.server.upstream.UpstreamResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What stands between a tool call and one account's vendor, in this order: a spent budget fails
 * at once; then a slot among the account's concurrent calls (handed out fairly between MCP
 * servers), the circuit breaker, and the rate budget, all within one bounded wait; then the
 * request, whose answer corrects the budget and the breaker; then, for reads only, one retry of a
 * broken connection or a 502/503/504.
 */
final class UpstreamGuard {

    /** Sends one authenticated request of a call, through {@link Pass#exchange} for each HTTP request. */
    @FunctionalInterface
    interface Attempt {
        UpstreamResponse send(Pass pass) throws UpstreamIoException, ResponseTooLargeException;
    }

    /** One HTTP request to the vendor. */
    @FunctionalInterface
    interface Request {
        UpstreamResponse send() throws UpstreamIoException, ResponseTooLargeException;
    }

    private final String account;
    private final String vendor;
    private final Duration maxWait;
    private final FairPermits permits;
    private final CircuitBreaker breaker;
    private final AccountBudget budget;
    private final Clock clock;

    UpstreamGuard(AccountConfig account, BudgetLedger ledger, Clock clock) {
        UpstreamPolicy policy = account.upstream();
        this.account = account.name();
        this.vendor = account.catalog().profile().displayName();
        this.maxWait = policy.maxWait();
        this.permits = new FairPermits(policy.maxConcurrency());
        this.breaker = new CircuitBreaker(policy.breaker(), vendor, account.name(), clock);
        this.budget = new AccountBudget(AccountBudget.tenantKey(account.vendorId(), account.baseUrl()), account.name(),
                vendor, policy.budget(), policy.maxWait(), ledger, clock);
        this.clock = clock;
    }

    BudgetState budgetState() {
        return budget.state();
    }

    /**
     * Runs {@code attempt} for {@code caller} (the MCP server calling), once, or twice when
     * {@code retry} allows it after the first attempt's failure.
     *
     * @throws ToolFailure when refused before sending, or when no usable answer came
     */
    UpstreamResponse send(String caller, ReadRetry retry, UpstreamFailures failures, Attempt attempt) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        budget.refuseAtOnceWhileSpent(clock.instant().plus(maxWait));
        try (FairPermits.Permit permit = slot(caller, deadline)) {
            Pass pass = new Pass(deadline);
            for (int attemptNumber = 1; ; attemptNumber++) {
                boolean mayRetry = attemptNumber == 1;
                try {
                    UpstreamResponse response = attempt.send(pass);
                    if (!retriesAfterPause(mayRetry && retry.retries(response.status()))) {
                        return response;
                    }
                } catch (UpstreamIoException e) {
                    if (!retriesAfterPause(mayRetry && retry.retries(e))) {
                        throw failures.noResponse(e);
                    }
                } catch (ResponseTooLargeException e) {
                    throw failures.tooLarge(e);
                }
                // The retry gets a bounded wait of its own.
                pass = new Pass(System.nanoTime() + maxWait.toNanos());
            }
        }
    }

    private FairPermits.Permit slot(String caller, long deadline) {
        Optional<FairPermits.Permit> permit;
        try {
            permit = permits.acquire(caller, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permit = Optional.empty();
        }
        return permit.orElseThrow(() -> new ToolFailure(new FailureReason.Busy(account, vendor, permits.permits(), maxWait)));
    }

    /** Whether to retry: only a retryable failure while the breaker is closed; pauses first. */
    private boolean retriesAfterPause(boolean retryable) {
        if (!retryable || !breaker.isClosed()) {
            return false;
        }
        try {
            ReadRetry.pause();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Admission for the requests of one attempt, with the attempt's deadline. */
    final class Pass {
        private final long deadlineNanos;

        private Pass(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        /**
         * Sends {@code request} once the breaker and the budget allow it, and tells them how it went.
         *
         * @throws ToolFailure when the breaker is open or the budget has no room before the deadline
         */
        UpstreamResponse exchange(Request request) throws UpstreamIoException, ResponseTooLargeException {
            boolean probe = breaker.pass();
            boolean reported = false;
            try {
                budget.admit(clock.instant().plusNanos(Math.max(0, deadlineNanos - System.nanoTime())));
                try {
                    UpstreamResponse response = request.send();
                    reported = true;
                    budget.observe(response.status(), response.headers());
                    if (response.status() >= 500) {
                        breaker.failed();
                    } else {
                        breaker.succeeded();
                    }
                    return response;
                } catch (UpstreamIoException e) {
                    reported = true;
                    breaker.failed();
                    throw e;
                } catch (ResponseTooLargeException e) {
                    reported = true;
                    budget.observe(e.status(), e.headers());
                    breaker.succeeded();
                    throw e;
                }
            } finally {
                if (!reported) {
                    breaker.abandoned(probe);
                }
            }
        }
    }
}

package dev.mdmmcp.server.budget;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A request the rate budget did not let through; nothing was sent. It carries the facts, not a
 * message: {@code result.FailureMessages} writes what the model reads of it.
 */
public final class BudgetRefusal extends RuntimeException {

    /** Why the budget refused. */
    public enum Kind {
        /** No moment up to the latest acceptable one was free: {@link #limit()} says which limit. */
        SPENT,
        /** The ledger keeping the budget (the store) cannot be reached: fail closed. */
        LEDGER_UNREACHABLE,
        /** The call was waiting for its moment when the server began to stop. */
        STOPPING
    }

    private final Kind kind;
    private final Reservation.Reason limit;
    private final String account;
    private final String vendor;
    private final BudgetLimits limits;
    private final Duration maxWait;
    private final long retryAtMillis;
    private final long nowMillis;

    private BudgetRefusal(Kind kind, Reservation.Reason limit, String account, String vendor, BudgetLimits limits,
            Duration maxWait, long retryAtMillis, long nowMillis) {
        super(kind + " " + account, null, false, false);
        this.kind = kind;
        this.limit = limit;
        this.account = account;
        this.vendor = vendor;
        this.limits = limits;
        this.maxWait = maxWait;
        this.retryAtMillis = retryAtMillis;
        this.nowMillis = nowMillis;
    }

    public static BudgetRefusal spent(Reservation.Refused refused, String account, String vendor, BudgetLimits limits,
            Duration maxWait, long nowMillis) {
        return new BudgetRefusal(Kind.SPENT, refused.reason(), account, vendor, limits, maxWait, refused.retryAtMillis(),
                nowMillis);
    }

    public static BudgetRefusal other(Kind kind, String account, String vendor, BudgetLimits limits, Duration maxWait) {
        return new BudgetRefusal(kind, null, account, vendor, limits, maxWait, 0, 0);
    }

    public Kind kind() {
        return kind;
    }

    /** Which limit stood in the way; present for {@link Kind#SPENT} only. */
    public Optional<Reservation.Reason> limit() {
        return Optional.ofNullable(limit);
    }

    /** The account's name. */
    public String account() {
        return account;
    }

    /** The vendor's display name. */
    public String vendor() {
        return vendor;
    }

    public BudgetLimits limits() {
        return limits;
    }

    /** How long a request may wait for its moment. */
    public Duration maxWait() {
        return maxWait;
    }

    /** Whole seconds until the budget lets a request through again (for {@link Kind#SPENT}). */
    public long secondsLeft() {
        return BudgetBook.secondsUntil(retryAtMillis, nowMillis);
    }

    /** When the budget lets a request through again, rounded up to the second (for {@link Kind#SPENT}). */
    public Instant returnsAt() {
        return Instant.ofEpochMilli(retryAtMillis).plusMillis(999).truncatedTo(ChronoUnit.SECONDS);
    }
}

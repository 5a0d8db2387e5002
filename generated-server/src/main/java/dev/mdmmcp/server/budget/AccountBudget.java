package dev.mdmmcp.server.budget;

import dev.mdmmcp.server.ratelimit.RateLimitHeaders;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * One account's rate budget: books each upstream request in the tenant's {@link BudgetBook}
 * before it is sent, waits for its moment when that is near, and refuses it, without sending,
 * when it is not. The vendor's answers correct the book: its rate-limit headers cap what is left
 * and a 429 pauses the account until the vendor's reset.
 */
public final class AccountBudget {

    private static final Logger LOGGER = Logger.getLogger(AccountBudget.class.getName());

    /** How long a 429 pauses the account when the vendor does not say. */
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(60);

    private final String tenant;
    private final String account;
    private final String vendor;
    private final BudgetLimits limits;
    private final Duration maxWait;
    private final BudgetLedger ledger;
    private final Clock clock;
    /** The last refusal for the hour or by the vendor: until it ends, calls fail without asking the ledger. */
    private volatile Reservation.Refused standingRefusal;

    /**
     * @param tenant the ledger key, from {@link #tenantKey}
     * @param account the account's name, for messages
     * @param vendor the vendor's display name, for messages
     * @param limits the vendor's limits and this server's share of them
     * @param maxWait how long a request may wait for its moment
     */
    public AccountBudget(String tenant, String account, String vendor, BudgetLimits limits, Duration maxWait,
            BudgetLedger ledger, Clock clock) {
        this.tenant = tenant;
        this.account = account;
        this.vendor = vendor;
        this.limits = limits;
        this.maxWait = maxWait;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The ledger key of a tenant. Accounts with the same vendor and base URL are one tenant (say a
     * read-only and a write token of one Kandji instance) and draw on one budget, as the vendor counts.
     */
    public static String tenantKey(String vendorId, URI baseUrl) {
        return vendorId + " " + baseUrl;
    }

    /**
     * Fails at once while the last refusal for the hour, or by the vendor, outlasts {@code latest}:
     * such calls need not wait for a slot or ask the ledger to learn that they cannot be sent.
     *
     * @throws BudgetRefusal as {@link #admit} would
     */
    public void refuseAtOnceWhileSpent(Instant latest) {
        Reservation.Refused standing = standingRefusal;
        if (standing != null && standing.retryAtMillis() > latest.toEpochMilli()) {
            throw refusal(standing, clock.millis());
        }
    }

    /**
     * Books one request and returns at its moment, which is at most {@code latest}.
     *
     * @throws BudgetRefusal when no moment up to {@code latest} is free (which limit, and when the
     *         budget returns), or the ledger cannot be reached
     */
    public void admit(Instant latest) {
        long now = clock.millis();
        Reservation reservation;
        try {
            reservation = ledger.change(tenant, book -> book.reserve(limits, now, latest.toEpochMilli()));
        } catch (BudgetLedgerException e) {
            LOGGER.warning("rate budget of account " + account + " could not be booked: " + e.getMessage());
            // Sending unbooked could spend what other instances already booked: fail closed.
            throw BudgetRefusal.other(BudgetRefusal.Kind.LEDGER_UNREACHABLE, account, vendor, limits, maxWait);
        }
        switch (reservation) {
            case Reservation.Granted granted -> waitUntil(granted.sendAtMillis());
            case Reservation.Refused refused -> {
                if (refused.reason() != Reservation.Reason.PER_SECOND) {
                    standingRefusal = refused;
                }
                throw refusal(refused, now);
            }
        }
    }

    /**
     * Takes in what the vendor said about its own count. The request has been sent by then, so a
     * ledger that cannot be reached is logged, never thrown: the call's answer stands.
     */
    public void observe(int status, HttpHeaders headers) {
        try {
            correct(status, headers);
        } catch (BudgetLedgerException e) {
            LOGGER.warning("the rate-limit answer of " + vendor + " for account " + account + " could not be recorded: "
                    + e.getMessage());
        }
    }

    private void correct(int status, HttpHeaders headers) {
        Instant now = clock.instant();
        long nowMillis = now.toEpochMilli();
        RateLimitInfo vendorView = RateLimitHeaders.read(headers, now);
        if (status == 429) {
            long pauseSeconds = RateLimitHeaders.retryAfter(headers, now)
                    .orElse(vendorView.resetSeconds() != null ? vendorView.resetSeconds() : DEFAULT_PAUSE.toSeconds());
            long until = nowMillis + Math.max(1, pauseSeconds) * 1000;
            ledger.change(tenant, book -> {
                book.capUntil(0, until, true, nowMillis);
                return null;
            });
        } else if (vendorView.remaining() != null && vendorView.resetSeconds() != null) {
            // The vendor counts every integration of the tenant: stop where only their headroom is left.
            long headroom = vendorView.limit() == null ? 0 : limits.headroomFor(vendorView.limit());
            long allowed = vendorView.remaining() - headroom;
            long until = nowMillis + vendorView.resetSeconds() * 1000;
            ledger.change(tenant, book -> {
                book.capUntil(allowed, until, false, nowMillis);
                return null;
            });
        }
    }

    /** The budget now, for a result's {@code _meta}: a plain read, it books nothing. */
    public BudgetState state() {
        long now = clock.millis();
        return ledger.read(tenant, book -> book.state(limits, now));
    }

    private void waitUntil(long sendAtMillis) {
        long wait = sendAtMillis - clock.millis();
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BudgetRefusal.other(BudgetRefusal.Kind.STOPPING, account, vendor, limits, maxWait);
        }
    }

    private BudgetRefusal refusal(Reservation.Refused refused, long now) {
        return BudgetRefusal.spent(refused, account, vendor, limits, maxWait, now);
    }
}

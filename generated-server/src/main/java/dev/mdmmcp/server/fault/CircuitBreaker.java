package dev.mdmmcp.server.fault;

import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One account's circuit breaker. After {@code failures} upstream requests in a row fail (no
 * answer, no connection, or a 5xx), calls fail at once for {@code openFor}, without a request,
 * instead of each waiting out a timeout. Then one request is let through as a probe: its success
 * closes the breaker, its failure opens it again. No thread is involved; time is read on each call.
 */
public final class CircuitBreaker {

    /**
     * @param failures failed requests in a row that open the breaker
     * @param openFor how long it stays open before a probe
     */
    public record Settings(int failures, Duration openFor) {

        public static final Settings DEFAULT = new Settings(5, Duration.ofSeconds(30));

        public Settings {
            if (failures < 1) {
                throw new IllegalArgumentException("failures must be at least 1");
            }
            if (openFor.isNegative() || openFor.isZero()) {
                throw new IllegalArgumentException("openFor must be positive");
            }
        }
    }

    private enum State { CLOSED, OPEN, HALF_OPEN }

    private final Settings settings;
    private final String vendor;
    private final String account;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failuresInRow;
    private Instant openUntil = Instant.MIN;
    private boolean probeOut;

    public CircuitBreaker(Settings settings, String vendor, String account, Clock clock) {
        this.settings = settings;
        this.vendor = vendor;
        this.account = account;
        this.clock = clock;
    }

    /**
     * Lets one request through, before it is sent.
     *
     * @return whether the request is the probe of a half-open breaker (report it with
     *         {@link #abandoned} if it is not sent after all)
     * @throws ToolFailure while the breaker is open, or while another request is the probe
     */
    public synchronized boolean pass() {
        Instant now = clock.instant();
        if (state == State.OPEN) {
            if (now.isBefore(openUntil)) {
                throw open(now);
            }
            state = State.HALF_OPEN;
            probeOut = false;
        }
        if (state == State.HALF_OPEN) {
            if (probeOut) {
                throw new ToolFailure(new FailureReason.BreakerProbing(vendor, account));
            }
            probeOut = true;
            return true;
        }
        return false;
    }

    /** The vendor answered with something other than a 5xx: it is alive. */
    public synchronized void succeeded() {
        state = State.CLOSED;
        failuresInRow = 0;
        probeOut = false;
    }

    /** No answer, no connection, or a 5xx. */
    public synchronized void failed() {
        switch (state) {
            case HALF_OPEN -> open();
            case CLOSED -> {
                failuresInRow++;
                if (failuresInRow >= settings.failures()) {
                    open();
                }
            }
            // Late answers of requests sent before the breaker opened change nothing.
            case OPEN -> { }
        }
    }

    /** A request that {@link #pass} let through was not sent after all. */
    public synchronized void abandoned(boolean probe) {
        if (probe && state == State.HALF_OPEN) {
            probeOut = false;
        }
    }

    /** Whether a failed read may be tried again: not while the vendor is held to be down. */
    public synchronized boolean isClosed() {
        return state == State.CLOSED;
    }

    private void open() {
        state = State.OPEN;
        openUntil = clock.instant().plus(settings.openFor());
        failuresInRow = 0;
        probeOut = false;
    }

    private ToolFailure open(Instant now) {
        return new ToolFailure(new FailureReason.BreakerOpen(vendor, account, settings.failures(), settings.openFor(),
                openUntil, now));
    }
}

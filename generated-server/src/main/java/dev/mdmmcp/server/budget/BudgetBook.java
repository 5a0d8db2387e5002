package dev.mdmmcp.server.budget;

import dev.mdmmcp.server.budget.BudgetState.WindowState;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The requests sent to one tenant, counted per {@link BudgetWindow} bucket, and the cap the vendor
 * itself last put on the tenant. A request is booked before it is sent, at the earliest moment
 * every limit allows, so callers that arrive together are spread out instead of refused.
 *
 * <p>Not thread-safe: a {@link BudgetLedger} serialises every use. Times are epoch milliseconds.
 */
public final class BudgetBook {

    private final Map<BudgetWindow, TreeMap<Long, Integer>> sent = new EnumMap<>(BudgetWindow.class);
    /** Until this moment the vendor caps the tenant at {@code capAllowed} more requests; 0 when no cap. */
    private long capUntil;
    private long capAllowed;
    private long capUsed;
    /** The cap came from a 429: only another 429 may change it before it ends. */
    private boolean capIsPause;

    public BudgetBook() {
        for (BudgetWindow window : BudgetWindow.values()) {
            sent.put(window, new TreeMap<>());
        }
    }

    /**
     * Books one request at the earliest moment from {@code now} to {@code latest} that keeps every
     * window within {@code limits} and respects the vendor's cap.
     */
    public Reservation reserve(BudgetLimits limits, long now, long latest) {
        prune(now);
        for (long at : candidateMoments(limits, now, latest)) {
            if (allows(limits, at)) {
                record(at, 1);
                return new Reservation.Granted(at);
            }
        }
        return refusal(limits, now);
    }

    /**
     * Applies the vendor's own view: until {@code until}, at most {@code allowed} more requests.
     * A 429's pause ({@code pause}) is not lifted by a later answer without one, which may have
     * been counted by the vendor before the 429.
     */
    public void capUntil(long allowed, long until, boolean pause, long now) {
        boolean pauseInForce = capIsPause && capUntil > now;
        if (pauseInForce && !pause) {
            return;
        }
        capUntil = pauseInForce ? Math.max(capUntil, until) : until;
        capAllowed = Math.max(0, allowed);
        capUsed = 0;
        capIsPause = pause;
    }

    public BudgetState state(BudgetLimits limits, long now) {
        prune(now);
        Map<BudgetWindow, WindowState> windows = new LinkedHashMap<>();
        for (BudgetWindow window : BudgetWindow.values()) {
            if (limits.limits(window)) {
                windows.put(window, windowState(window, limits.allowed(window), now));
            }
        }
        WindowState vendor = capUntil > now
                ? new WindowState(null, Math.max(0, capAllowed - capUsed), secondsUntil(capUntil, now))
                : null;
        return new BudgetState(windows, vendor);
    }

    /** The requests counted in {@code window}, by bucket: for {@link BudgetBookText}. */
    NavigableMap<Long, Integer> counts(BudgetWindow window) {
        return sent.get(window);
    }

    /** The vendor's cap, or {@code null} when none is set: for {@link BudgetBookText}. */
    VendorCap vendorCap() {
        return capUntil == 0 ? null : new VendorCap(capUntil, capAllowed, capUsed, capIsPause);
    }

    /** Sets the vendor's cap as it was written: for {@link BudgetBookText}. */
    void restore(VendorCap cap) {
        capUntil = cap.until();
        capAllowed = cap.allowed();
        capUsed = cap.used();
        capIsPause = cap.pause();
    }

    /** The vendor's cap: until {@code until}, {@code allowed} requests, {@code used} of them sent. */
    record VendorCap(long until, long allowed, long used, boolean pause) {
    }

    /** Counts {@code requests} sent at {@code at}: every reservation, and earlier use a test starts from. */
    void record(long at, int requests) {
        // Every window counts, limited or not: another account of the tenant may limit it.
        sent.forEach((window, buckets) -> buckets.merge(window.bucketOf(at), requests, Integer::sum));
        if (at < capUntil) {
            capUsed += requests;
        }
    }

    private TreeSet<Long> candidateMoments(BudgetLimits limits, long now, long latest) {
        TreeSet<Long> moments = new TreeSet<>();
        moments.add(now);
        for (BudgetWindow window : BudgetWindow.values()) {
            if (limits.limits(window)) {
                for (long at = window.startOf(window.bucketOf(now) + 1); at <= latest; at += window.bucketMillis()) {
                    moments.add(at);
                }
            }
        }
        if (capUntil > now && capUntil <= latest) {
            moments.add(capUntil);
        }
        return moments;
    }

    private boolean allows(BudgetLimits limits, long at) {
        for (BudgetWindow window : BudgetWindow.values()) {
            if (limits.limits(window) && !fits(window, limits.allowed(window), window.bucketOf(at))) {
                return false;
            }
        }
        return at >= capUntil || capUsed < capAllowed;
    }

    /**
     * Whether one more request in {@code bucket} keeps the bucket within its pace and every window
     * total that counts that bucket (the windows ending in it and in the next {@code buckets}
     * buckets) within {@code allowed}.
     */
    private boolean fits(BudgetWindow window, int allowed, long bucket) {
        TreeMap<Long, Integer> counts = sent.get(window);
        if (counts.getOrDefault(bucket, 0) >= window.perBucket(allowed)) {
            return false;
        }
        if (counts.isEmpty()) {
            return true;
        }
        int span = window.buckets();
        long total = sum(counts.subMap(bucket - span, true, bucket, true));
        if (total >= allowed) {
            return false;
        }
        // Later windows lose old buckets and gain booked ones; past the last booked bucket they only shrink.
        long last = Math.min(bucket + span, counts.lastKey());
        for (long end = bucket + 1; end <= last; end++) {
            total += counts.getOrDefault(end, 0) - counts.getOrDefault(end - span - 1, 0);
            if (total >= allowed) {
                return false;
            }
        }
        return true;
    }

    private Reservation.Refused refusal(BudgetLimits limits, long now) {
        long retryAt = now;
        Reservation.Reason reason = Reservation.Reason.PER_SECOND;
        for (BudgetWindow window : BudgetWindow.values()) {
            if (limits.limits(window)) {
                long free = earliestFit(window, limits.allowed(window), now);
                if (free > retryAt) {
                    retryAt = free;
                    reason = window == BudgetWindow.PER_SECOND ? Reservation.Reason.PER_SECOND : Reservation.Reason.PER_HOUR;
                }
            }
        }
        if (capUntil > now && capUsed >= capAllowed && capUntil >= retryAt) {
            retryAt = capUntil;
            reason = capIsPause ? Reservation.Reason.VENDOR_PAUSE : Reservation.Reason.VENDOR_HEADROOM;
        }
        return new Reservation.Refused(reason, retryAt);
    }

    private long earliestFit(BudgetWindow window, int allowed, long now) {
        long bucket = window.bucketOf(now);
        // Ends: past the last booked bucket plus one window every total is 0, and allowed is at least 1.
        while (!fits(window, allowed, bucket)) {
            bucket++;
        }
        return Math.max(now, window.startOf(bucket));
    }

    private WindowState windowState(BudgetWindow window, int allowed, long now) {
        NavigableMap<Long, Integer> counted = sent.get(window).tailMap(window.bucketOf(now) - window.buckets(), true);
        long remaining = Math.max(0, allowed - sum(counted));
        long reset = counted.isEmpty() ? 0
                : secondsUntil(window.startOf(counted.firstKey() + window.buckets() + 1), now);
        return new WindowState(allowed, remaining, reset);
    }

    private void prune(long now) {
        sent.forEach((window, counts) -> counts.headMap(window.bucketOf(now) - window.buckets(), false).clear());
        if (capUntil != 0 && capUntil <= now) {
            capUntil = 0;
            capAllowed = 0;
            capUsed = 0;
            capIsPause = false;
        }
    }

    private static long sum(Map<Long, Integer> counts) {
        long total = 0;
        for (int count : counts.values()) {
            total += count;
        }
        return total;
    }

    static long secondsUntil(long at, long now) {
        return Math.max(0, (at - now + 999) / 1000);
    }
}

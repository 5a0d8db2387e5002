package dev.mdmmcp.server.budget;

import java.time.Duration;

/**
 * A window a vendor counts requests in. Each window is kept as a ring of buckets: a request counts
 * in the bucket of the moment it is sent, and a window's total is taken over its buckets plus the
 * one the window's start falls in. That over-counts by at most one bucket, never under-counts, so a
 * budget kept this way holds in every window of the same length the vendor may measure, sliding or
 * fixed.
 *
 * <p>The second is also paced: each bucket takes at most its even part of the share (2 per 50 ms
 * for 40 per second). Sent all at once, a second's share would reach the vendor bunched with the
 * next second's by the network's jitter; paced, jitter moves only a few requests across.
 */
public enum BudgetWindow {

    PER_SECOND("per_second", "second", Duration.ofSeconds(1), 20, true),
    PER_HOUR("per_hour", "hour", Duration.ofHours(1), 60, false);

    private final String key;
    private final String unit;
    private final long lengthMillis;
    private final int buckets;
    private final boolean paced;

    BudgetWindow(String key, String unit, Duration length, int buckets, boolean paced) {
        this.key = key;
        this.unit = unit;
        this.lengthMillis = length.toMillis();
        this.buckets = buckets;
        this.paced = paced;
    }

    /** The name in configuration and in {@code _meta}: {@code per_second}, {@code per_hour}. */
    public String key() {
        return key;
    }

    /** The window as a word for messages: {@code second}, {@code hour}. */
    public String unit() {
        return unit;
    }

    int buckets() {
        return buckets;
    }

    /** The most requests one bucket may take when {@code allowed} are allowed in the window. */
    int perBucket(int allowed) {
        return paced ? (allowed + buckets - 1) / buckets : allowed;
    }

    long bucketMillis() {
        return lengthMillis / buckets;
    }

    long bucketOf(long epochMillis) {
        return Math.floorDiv(epochMillis, bucketMillis());
    }

    long startOf(long bucket) {
        return bucket * bucketMillis();
    }
}

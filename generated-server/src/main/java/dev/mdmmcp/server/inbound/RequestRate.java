package dev.mdmmcp.server.inbound;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A request rate per key, as a token bucket: each key may send {@code burst} requests at once and
 * then {@code perPeriod} per {@code period}. The key is opaque to it: a URL token's server, an API
 * token's hash, a sign-in grant, a client address. A refusal says how many whole seconds until
 * the next request would pass (for {@code Retry-After}). Keys are forgotten once their bucket is
 * full again, so the map stays as large as the set of recently busy keys.
 */
public final class RequestRate {

    private static final int MAX_KEYS = 100_000;

    private final double perNano;
    private final double burst;
    private final LongSupplier ticker;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        private double tokens;
        private long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    RequestRate(int perPeriod, Duration period, int burst, LongSupplier ticker) {
        this.perNano = (double) perPeriod / period.toNanos();
        this.burst = Math.max(1, burst);
        this.ticker = ticker;
    }

    /** {@code perPeriod} requests per {@code period} after a burst of {@code burst}; {@code perPeriod} 0: no limit. */
    public static RequestRate of(int perPeriod, Duration period, int burst) {
        return new RequestRate(perPeriod, period, burst, System::nanoTime);
    }

    public boolean unlimited() {
        return perNano == 0;
    }

    /** Counts one request of {@code key}: empty when it may pass, else the seconds until one would. */
    public OptionalLong take(String key) {
        if (unlimited()) {
            return OptionalLong.empty();
        }
        long now = ticker.getAsLong();
        if (buckets.size() > MAX_KEYS) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(burst, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double nanos = (1 - bucket.tokens) / perNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanos / 1e9)));
        }
    }

    /** Whether {@code key} has nothing left right now (without counting a request). */
    public boolean exhausted(String key) {
        Bucket bucket = buckets.get(key);
        if (unlimited() || bucket == null) {
            return false;
        }
        synchronized (bucket) {
            refill(bucket, ticker.getAsLong());
            return bucket.tokens < 1;
        }
    }

    private void refill(Bucket bucket, long now) {
        bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updatedNanos) * perNano);
        bucket.updatedNanos = now;
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                refill(entry.getValue(), now);
                return entry.getValue().tokens >= burst;
            }
        });
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
    }
}

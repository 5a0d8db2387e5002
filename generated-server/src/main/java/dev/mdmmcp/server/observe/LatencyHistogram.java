package dev.mdmmcp.server.observe;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** Cumulative latency buckets in seconds, Prometheus style, safe for concurrent updates. */
final class LatencyHistogram {

    static final double[] BUCKETS_SECONDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final LongAdder[] buckets = new LongAdder[BUCKETS_SECONDS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(Duration latency) {
        double seconds = latency.toNanos() / 1e9;
        for (int i = 0; i < BUCKETS_SECONDS.length; i++) {
            if (seconds <= BUCKETS_SECONDS[i]) {
                buckets[i].increment();
            }
        }
        count.increment();
        sumNanos.add(latency.toNanos());
    }

    /** How many recorded values were at most {@code BUCKETS_SECONDS[index]}. */
    long bucket(int index) {
        return buckets[index].sum();
    }

    long count() {
        return count.sum();
    }

    double sumSeconds() {
        return sumNanos.sum() / 1e9;
    }
}

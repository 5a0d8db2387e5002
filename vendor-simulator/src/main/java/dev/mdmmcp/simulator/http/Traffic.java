package dev.mdmmcp.simulator.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What reached a simulator: counters for tests and benchmarks (requests, 429s) and the
 * most recent exchanges with their response sizes.
 */
public final class Traffic {

    private static final int RECENT = 2000;

    /** One request: path with query, status and response body size in bytes. */
    public record Exchange(String target, int status, long responseBytes) {
    }

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final Deque<Exchange> recent = new ArrayDeque<>();

    public void record(Exchange exchange) {
        requests.incrementAndGet();
        if (exchange.status() == 429) {
            throttled.incrementAndGet();
        }
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeFirst();
            }
            recent.addLast(exchange);
        }
    }

    /** Every request answered, the token endpoint's included. */
    public long requests() {
        return requests.get();
    }

    /** Requests refused with 429 because the tenant's budget was spent. */
    public long throttled() {
        return throttled.get();
    }

    /** The last exchanges, oldest first (at most 2,000). */
    public List<Exchange> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }
}

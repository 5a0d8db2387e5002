package dev.mdmmcp.server.config;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * What one client, or all of them together, may take of the server (the {@code limits} keys):
 * connections and requests at once, how long a connection may take to send its request head (or
 * sit idle between requests), and the request rate of each credential.
 *
 * @param maxConnections connections held at once; empty: derived from the process's open-file limit
 * @param maxConcurrentRequests requests handled at once; more are answered 503 at once
 * @param requestHead how long a new or idle connection may take to send a complete request head
 * @param requestsPerSecond requests per second of one credential (URL token, API token); 0: no limit
 * @param requestBurst requests one credential may send at once before its rate counts
 * @param unknownTokensPerMinute refusals of unknown tokens (404, 401) one client address may get
 *        per minute before it gets 429 instead; 0: no limit
 */
public record ListenerLimits(OptionalInt maxConnections, int maxConcurrentRequests, Duration requestHead,
        int requestsPerSecond, int requestBurst, int unknownTokensPerMinute) {

    public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 200;
    public static final Duration DEFAULT_REQUEST_HEAD = Duration.ofSeconds(10);
    public static final int DEFAULT_REQUESTS_PER_SECOND = 100;
    public static final int DEFAULT_REQUEST_BURST = 500;
    public static final int DEFAULT_UNKNOWN_TOKENS_PER_MINUTE = 60;

    /** The keys of the {@code limits} map. */
    static final List<String> KEYS = List.of("max_connections", "max_concurrent_requests",
            "request_head_seconds", "requests_per_second", "request_burst", "unknown_tokens_per_minute");

    public static ListenerLimits defaults() {
        return new ListenerLimits(OptionalInt.empty(), DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_REQUEST_HEAD,
                DEFAULT_REQUESTS_PER_SECOND, DEFAULT_REQUEST_BURST, DEFAULT_UNKNOWN_TOKENS_PER_MINUTE);
    }
}

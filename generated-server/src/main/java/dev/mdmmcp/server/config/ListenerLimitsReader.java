package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.StrictNode;
import java.util.OptionalInt;

/** Reads the {@code limits} map; every key is optional. */
final class ListenerLimitsReader {

    private ListenerLimitsReader() {
    }

    static ListenerLimits read(StrictNode root) {
        StrictNode limits = root.child("limits");
        limits.rejectUnknownKeys(ListenerLimits.KEYS, "a key of limits");
        OptionalInt maxConnections = limits.integer("max_connections", 16, 1_000_000)
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        return new ListenerLimits(maxConnections,
                limits.integer("max_concurrent_requests", 1, 100_000).orElse(ListenerLimits.DEFAULT_MAX_CONCURRENT_REQUESTS),
                limits.seconds("request_head_seconds", "1", "600").orElse(ListenerLimits.DEFAULT_REQUEST_HEAD),
                limits.integer("requests_per_second", 0, 1_000_000).orElse(ListenerLimits.DEFAULT_REQUESTS_PER_SECOND),
                limits.integer("request_burst", 1, 1_000_000).orElse(ListenerLimits.DEFAULT_REQUEST_BURST),
                limits.integer("unknown_tokens_per_minute", 0, 1_000_000)
                        .orElse(ListenerLimits.DEFAULT_UNKNOWN_TOKENS_PER_MINUTE));
    }
}

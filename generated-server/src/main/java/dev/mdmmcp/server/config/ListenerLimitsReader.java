package dev.mdmmcp.server.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.OptionalInt;

/** Reads the {@code limits} map; every key is optional. */
final class ListenerLimitsReader {

    private ListenerLimitsReader() {
    }

    static ListenerLimits read(ConfigNode root) {
        ConfigNode limits = root.child("limits");
        limits.rejectUnknownKeys(ListenerLimits.KEYS, "a key of limits");
        OptionalInt maxConnections = limits.scalar("max_connections")
                .map(value -> OptionalInt.of(integer(limits, "max_connections", value, 16, 1_000_000)))
                .orElse(OptionalInt.empty());
        return new ListenerLimits(maxConnections,
                limits.scalar("max_concurrent_requests").map(value -> integer(limits, "max_concurrent_requests", value, 1,
                        100_000)).orElse(ListenerLimits.DEFAULT_MAX_CONCURRENT_REQUESTS),
                limits.scalar("request_head_seconds").map(value -> seconds(limits, "request_head_seconds", value))
                        .orElse(ListenerLimits.DEFAULT_REQUEST_HEAD),
                limits.scalar("requests_per_second").map(value -> integer(limits, "requests_per_second", value, 0,
                        1_000_000)).orElse(ListenerLimits.DEFAULT_REQUESTS_PER_SECOND),
                limits.scalar("request_burst").map(value -> integer(limits, "request_burst", value, 1, 1_000_000))
                        .orElse(ListenerLimits.DEFAULT_REQUEST_BURST),
                limits.scalar("unknown_tokens_per_minute").map(value -> integer(limits, "unknown_tokens_per_minute", value,
                        0, 1_000_000)).orElse(ListenerLimits.DEFAULT_UNKNOWN_TOKENS_PER_MINUTE));
    }

    private static int integer(ConfigNode node, String key, ConfigValue value, int min, int max) {
        try {
            int number = Integer.parseInt(value.text().trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.error(key, "must be a whole number from " + min + " to " + max + ", got '" + value.text() + "'"
                + origin(node, value));
    }

    private static Duration seconds(ConfigNode node, String key, ConfigValue value) {
        try {
            BigDecimal seconds = new BigDecimal(value.text().trim());
            if (seconds.compareTo(BigDecimal.ONE) >= 0 && seconds.compareTo(BigDecimal.valueOf(600)) <= 0) {
                return Duration.ofMillis(seconds.movePointRight(3).longValue());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw node.error(key, "must be a number of seconds from 1 to 600, got '" + value.text() + "'" + origin(node, value));
    }

    private static String origin(ConfigNode node, ConfigValue value) {
        return value.origin().equals(node.source()) ? "" : " (from " + value.origin() + ")";
    }
}

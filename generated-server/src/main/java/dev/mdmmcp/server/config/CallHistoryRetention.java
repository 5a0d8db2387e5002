package dev.mdmmcp.server.config;

import java.time.Duration;

/**
 * How much call history the store keeps: calls and counts of refused calls older than
 * {@code maxAge} are deleted, and when the history takes more than {@code maxBytes} its oldest
 * calls go until it fits again.
 *
 * @param maxAge {@code call_history_days}, default {@link #DEFAULT}'s 7 days
 * @param maxBytes {@code call_history_max_mb}, default {@link #DEFAULT}'s 64 MB
 */
public record CallHistoryRetention(Duration maxAge, long maxBytes) {

    public static final CallHistoryRetention DEFAULT = new CallHistoryRetention(Duration.ofDays(7), 64L * 1024 * 1024);
}

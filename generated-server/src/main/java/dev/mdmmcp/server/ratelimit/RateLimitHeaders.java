package dev.mdmmcp.server.ratelimit;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rate-limit headers vendors send, in any of the common dialects, into one
 * {@link RateLimitInfo}:
 * <ul>
 *   <li>{@code RateLimit-Limit / -Remaining / -Reset} (IETF drafts; reset in seconds),</li>
 *   <li>{@code RateLimit: "policy";r=10;t=30} (later IETF draft: remaining and reset),</li>
 *   <li>{@code X-RateLimit-*} and {@code X-Rate-Limit-*} (reset in seconds, or as an epoch
 *       timestamp in seconds or milliseconds, which is turned into seconds from now),</li>
 *   <li>{@code Retry-After} in seconds or as an HTTP date, used as the reset when nothing else gives one.</li>
 * </ul>
 * Values such as {@code "100, 100;w=60"} count by their first number.
 */
public final class RateLimitHeaders {

    private static final Pattern FIRST_NUMBER = Pattern.compile("^\\s*(\\d+)");
    private static final Pattern STRUCTURED_PART = Pattern.compile(";\\s*([rt])\\s*=\\s*(\\d+)");
    // Anything this large is a point in time rather than a number of seconds to wait.
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;
    private static final long EPOCH_MILLIS_THRESHOLD = 1_000_000_000_000L;

    private RateLimitHeaders() {
    }

    public static RateLimitInfo read(HttpHeaders headers, Instant now) {
        Long limit = firstNumber(headers, List.of("RateLimit-Limit", "X-RateLimit-Limit", "X-Rate-Limit-Limit"));
        Long remaining = firstNumber(headers,
                List.of("RateLimit-Remaining", "X-RateLimit-Remaining", "X-Rate-Limit-Remaining"));
        Long reset = firstNumber(headers, List.of("RateLimit-Reset", "X-RateLimit-Reset", "X-Rate-Limit-Reset"));
        Optional<String> structured = headers.firstValue("RateLimit");
        if (structured.isPresent()) {
            Matcher parts = STRUCTURED_PART.matcher(structured.get());
            while (parts.find()) {
                long value = Long.parseLong(parts.group(2));
                if (parts.group(1).equals("r") && remaining == null) {
                    remaining = value;
                } else if (parts.group(1).equals("t") && reset == null) {
                    reset = value;
                }
            }
        }
        if (reset != null) {
            reset = secondsFrom(reset, now);
        } else {
            reset = retryAfter(headers, now).orElse(null);
        }
        return new RateLimitInfo(limit, remaining, reset);
    }

    /** {@code Retry-After} as seconds from now: delta seconds or an HTTP date. */
    public static Optional<Long> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        if (value.get().chars().allMatch(Character::isDigit)) {
            return Optional.of(Long.parseLong(value.get()));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(Math.max(0, Duration.between(now, at.toInstant()).toSeconds()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long secondsFrom(long reset, Instant now) {
        if (reset >= EPOCH_MILLIS_THRESHOLD) {
            return Math.max(0, (reset - now.toEpochMilli() + 999) / 1000);
        }
        if (reset >= EPOCH_SECONDS_THRESHOLD) {
            return Math.max(0, reset - now.getEpochSecond());
        }
        return reset;
    }

    private static Long firstNumber(HttpHeaders headers, List<String> names) {
        for (String name : names) {
            Optional<String> value = headers.firstValue(name);
            if (value.isPresent()) {
                Matcher number = FIRST_NUMBER.matcher(value.get());
                if (number.find()) {
                    try {
                        return Long.parseLong(number.group(1));
                    } catch (NumberFormatException e) {
                        // absurdly long digit runs: treat as absent
                    }
                }
            }
        }
        return null;
    }
}

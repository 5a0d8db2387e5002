package dev.mdmmcp.server.config;

import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.fault.CircuitBreaker;
import dev.mdmmcp.vendor.Timeouts;
import dev.mdmmcp.vendor.VendorProfile;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads an account's {@code rate_limits}, {@code max_concurrency}, {@code timeouts},
 * {@code max_response_bytes} and {@code circuit_breaker}; whatever is not set comes from the
 * vendor's profile or the defaults of {@link UpstreamPolicy}.
 */
final class UpstreamPolicyReader {

    static final List<String> KEYS =
            List.of("rate_limits", "max_concurrency", "timeouts", "max_response_bytes", "circuit_breaker");

    private UpstreamPolicyReader() {
    }

    static UpstreamPolicy read(ConfigNode account, VendorProfile vendor) {
        UpstreamPolicy defaults = UpstreamPolicy.defaultsFor(vendor);
        ConfigNode rates = account.child("rate_limits");
        rates.rejectUnknownKeys(List.of("per_second", "per_hour", "share", "max_wait_seconds"), "a key of rate_limits");
        BudgetLimits budget = new BudgetLimits(
                integer(rates, "per_second", 0, 1_000_000).orElse(defaults.budget().perSecond()),
                integer(rates, "per_hour", 0, 1_000_000_000).orElse(defaults.budget().perHour()),
                share(rates).orElse(defaults.budget().sharePercent()));
        Duration maxWait = seconds(rates, "max_wait_seconds", "0", "60").orElse(defaults.maxWait());

        ConfigNode timeouts = account.child("timeouts");
        timeouts.rejectUnknownKeys(List.of("connect_seconds", "read_seconds"), "a key of timeouts");
        Timeouts requestTimeouts = new Timeouts(
                seconds(timeouts, "connect_seconds", "0.01", "600").orElse(defaults.timeouts().connect()),
                seconds(timeouts, "read_seconds", "0.01", "600").orElse(defaults.timeouts().read()));

        ConfigNode breaker = account.child("circuit_breaker");
        breaker.rejectUnknownKeys(List.of("failures", "open_seconds"), "a key of circuit_breaker");
        CircuitBreaker.Settings breakerSettings = new CircuitBreaker.Settings(
                integer(breaker, "failures", 1, 1000).orElse(defaults.breaker().failures()),
                seconds(breaker, "open_seconds", "0.01", "3600").orElse(defaults.breaker().openFor()));

        return new UpstreamPolicy(budget, maxWait,
                integer(account, "max_concurrency", 1, 1000).orElse(defaults.maxConcurrency()),
                requestTimeouts,
                integer(account, "max_response_bytes", 1024, Integer.MAX_VALUE).map(Integer::longValue)
                        .orElse(defaults.maxResponseBytes()),
                breakerSettings);
    }

    private static Optional<Integer> integer(ConfigNode node, String key, int min, int max) {
        return node.scalar(key).map(value -> {
            refuseString(node, key, value, "a whole number from " + min + " to " + max);
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
        });
    }

    /** A percentage: {@code 80} or {@code 80%}. */
    private static Optional<Integer> share(ConfigNode node) {
        return node.scalar("share").map(value -> {
            String text = value.text().trim();
            text = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
            try {
                int percent = Integer.parseInt(text);
                if (percent >= 1 && percent <= 100) {
                    return percent;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw node.error("share", "must be a percentage from 1 to 100 (like 80 or 80%), got '" + value.text() + "'"
                    + origin(node, value));
        });
    }

    /** Seconds, with decimals allowed: {@code 2}, {@code 0.5}. */
    private static Optional<Duration> seconds(ConfigNode node, String key, String min, String max) {
        return node.scalar(key).map(value -> {
            refuseString(node, key, value, "a number of seconds from " + min + " to " + max);
            try {
                BigDecimal seconds = new BigDecimal(value.text().trim());
                if (seconds.compareTo(new BigDecimal(min)) >= 0 && seconds.compareTo(new BigDecimal(max)) <= 0) {
                    return Duration.ofMillis(seconds.movePointRight(3).longValue());
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw node.error(key, "must be a number of seconds from " + min + " to " + max + ", got '" + value.text()
                    + "'" + origin(node, value));
        });
    }

    /** In the admin API's JSON a number must be a JSON number: {@code "8"} is refused. */
    private static void refuseString(ConfigNode node, String key, ConfigValue value, String expected) {
        if (value.quotedInJson()) {
            throw node.error(key, "must be " + expected + " as a JSON number, not the string \"" + value.text() + "\"");
        }
    }

    private static String origin(ConfigNode node, ConfigValue value) {
        return value.origin().equals(node.source()) ? "" : " (from " + value.origin() + ")";
    }
}

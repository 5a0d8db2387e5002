package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.BoundValue;
import dev.mdmmcp.server.binding.Refusal;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.fault.CircuitBreaker;
import dev.mdmmcp.vendor.Timeouts;
import dev.mdmmcp.vendor.VendorProfile;
import java.time.Duration;
import java.util.List;

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

    static UpstreamPolicy read(StrictNode account, VendorProfile vendor) {
        UpstreamPolicy defaults = UpstreamPolicy.defaultsFor(vendor);
        StrictNode rates = account.child("rate_limits");
        rates.rejectUnknownKeys(List.of("per_second", "per_hour", "share", "max_wait_seconds"), "a key of rate_limits");
        BudgetLimits budget = new BudgetLimits(
                rates.integer("per_second", 0, 1_000_000).orElse(defaults.budget().perSecond()),
                rates.integer("per_hour", 0, 1_000_000_000).orElse(defaults.budget().perHour()),
                rates.read("share", UpstreamPolicyReader::share).orElse(defaults.budget().sharePercent()));
        Duration maxWait = rates.seconds("max_wait_seconds", "0", "60").orElse(defaults.maxWait());

        StrictNode timeouts = account.child("timeouts");
        timeouts.rejectUnknownKeys(List.of("connect_seconds", "read_seconds"), "a key of timeouts");
        Timeouts requestTimeouts = new Timeouts(
                timeouts.seconds("connect_seconds", "0.01", "600").orElse(defaults.timeouts().connect()),
                timeouts.seconds("read_seconds", "0.01", "600").orElse(defaults.timeouts().read()));

        StrictNode breaker = account.child("circuit_breaker");
        breaker.rejectUnknownKeys(List.of("failures", "open_seconds"), "a key of circuit_breaker");
        CircuitBreaker.Settings breakerSettings = new CircuitBreaker.Settings(
                breaker.integer("failures", 1, 1000).orElse(defaults.breaker().failures()),
                breaker.seconds("open_seconds", "0.01", "3600").orElse(defaults.breaker().openFor()));

        return new UpstreamPolicy(budget, maxWait,
                account.integer("max_concurrency", 1, 1000).orElse(defaults.maxConcurrency()),
                requestTimeouts,
                account.integer("max_response_bytes", 1024, Integer.MAX_VALUE).map(Integer::longValue)
                        .orElse(defaults.maxResponseBytes()),
                breakerSettings);
    }

    /** A percentage: {@code 80} or {@code 80%} (in JSON also the string {@code "80%"}). */
    private static int share(BoundValue value) {
        String text = value.text().trim();
        text = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        try {
            int percent = Integer.parseInt(text);
            if (percent >= 1 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refusal("must be a percentage from 1 to 100 (like 80 or 80%), got " + value.shown());
    }
}

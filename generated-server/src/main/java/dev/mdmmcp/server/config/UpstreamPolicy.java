package dev.mdmmcp.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.binding.StrictInput;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.fault.CircuitBreaker;
import dev.mdmmcp.vendor.Timeouts;
import dev.mdmmcp.vendor.VendorProfile;
import java.time.Duration;
import java.util.List;

/**
 * How this server treats one account's vendor: the defaults come from the vendor's folder
 * ({@code specs/<vendor>/vendor.yaml}) and the constants here; each can be set per account.
 *
 * @param budget the tenant's limits and the share of them this server may use ({@code rate_limits})
 * @param maxWait how long a call may wait for its turn, for budget or for a free slot
 *        ({@code rate_limits.max_wait_seconds})
 * @param maxConcurrency upstream requests of the account in flight at once ({@code max_concurrency})
 * @param timeouts connect and read timeouts of each request ({@code timeouts})
 * @param maxResponseBytes larger answers are refused unread ({@code max_response_bytes})
 * @param breaker when the circuit breaker opens and for how long ({@code circuit_breaker})
 */
public record UpstreamPolicy(BudgetLimits budget, Duration maxWait, int maxConcurrency, Timeouts timeouts,
        long maxResponseBytes, CircuitBreaker.Settings breaker) {

    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);
    public static final int DEFAULT_MAX_CONCURRENCY = 8;
    /** Enough for a page of 300 full device records many times over; small enough for a 256 MB heap. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;

    /** The keys an account may set in the configuration file and through the admin API. */
    public static final List<String> SETTINGS_KEYS = UpstreamPolicyReader.KEYS;

    /**
     * The policy stored {@code settings} give: a JSON object with any of {@link #SETTINGS_KEYS},
     * as an admin request sent it ({@link #fromRequestSettings}).
     *
     * @param source what the settings are, for the message of the {@link ConfigException}
     * @throws ConfigException listing every key path that is wrong and what is wrong with it
     */
    public static UpstreamPolicy fromSettings(JsonNode settings, String source, VendorProfile vendor) {
        StrictInput input = StrictInput.json(source);
        UpstreamPolicy policy = fromRequestSettings(input.root(settings), vendor);
        ConfigException.throwIfAny(input);
        return policy;
    }

    /**
     * The policy {@code settings} give, as an account of the configuration file has them, checked
     * by the same rules; in a request's JSON numbers must be JSON numbers ({@code "8"} is refused)
     * and a share may also be a string like {@code "80%"}. Problems are recorded in the settings'
     * input; the policy returned then holds defaults in their place.
     */
    public static UpstreamPolicy fromRequestSettings(StrictNode settings, VendorProfile vendor) {
        settings.rejectUnknownKeys(SETTINGS_KEYS, "an upstream setting of an account");
        return UpstreamPolicyReader.read(settings, vendor);
    }

    /** The policy of an account that sets nothing: the vendor's limits and timeouts, the defaults above. */
    public static UpstreamPolicy defaultsFor(VendorProfile vendor) {
        return new UpstreamPolicy(
                new BudgetLimits(vendor.rateLimits().perSecond(), vendor.rateLimits().perHour(),
                        BudgetLimits.DEFAULT_SHARE_PERCENT),
                DEFAULT_MAX_WAIT, DEFAULT_MAX_CONCURRENCY, vendor.timeouts(), DEFAULT_MAX_RESPONSE_BYTES,
                CircuitBreaker.Settings.DEFAULT);
    }
}

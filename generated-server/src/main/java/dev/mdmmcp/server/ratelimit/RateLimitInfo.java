package dev.mdmmcp.server.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vendor's rate-limit state in the IETF vocabulary, whatever headers the vendor used. Each
 * part is {@code null} when the vendor did not say.
 *
 * @param limit requests allowed in the current window ({@code ratelimit-limit})
 * @param remaining requests left in it ({@code ratelimit-remaining})
 * @param resetSeconds seconds until the window resets or a retry is allowed ({@code ratelimit-reset})
 */
public record RateLimitInfo(Long limit, Long remaining, Long resetSeconds) {

    public static final RateLimitInfo NONE = new RateLimitInfo(null, null, null);

    public boolean isEmpty() {
        return limit == null && remaining == null && resetSeconds == null;
    }

    /** The same info for a 429: with nothing left, whatever the vendor said. */
    public RateLimitInfo exhausted() {
        return new RateLimitInfo(limit, 0L, resetSeconds);
    }

    /** The parts that are known, under their IETF names, for a result's {@code _meta}. */
    public Map<String, Object> toMeta() {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (limit != null) {
            meta.put("ratelimit-limit", limit);
        }
        if (remaining != null) {
            meta.put("ratelimit-remaining", remaining);
        }
        if (resetSeconds != null) {
            meta.put("ratelimit-reset", resetSeconds);
        }
        return meta;
    }
}

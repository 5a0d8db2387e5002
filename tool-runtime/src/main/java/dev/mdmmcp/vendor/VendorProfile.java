package dev.mdmmcp.vendor;

import dev.mdmmcp.auth.AuthStyle;
import java.util.Objects;

/**
 * Vendor-wide facts from {@code specs/<vendor>/vendor.yaml}.
 *
 * @param id the vendor id, equal to its folder name
 * @param displayName the vendor's name as people write it
 * @param baseUrlTemplate the shape of an account's base URL, e.g. {@code https://{subdomain}.api.kandji.io}
 * @param auth how requests are authenticated
 * @param rateLimits the published per-tenant budget
 * @param timeouts the default upstream timeouts
 */
public record VendorProfile(
        String id,
        String displayName,
        String baseUrlTemplate,
        AuthStyle auth,
        RateLimits rateLimits,
        Timeouts timeouts) {

    public VendorProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(baseUrlTemplate, "baseUrlTemplate");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(timeouts, "timeouts");
    }
}

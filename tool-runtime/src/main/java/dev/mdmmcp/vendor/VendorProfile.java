package dev.mdmmcp.vendor;

import dev.mdmmcp.auth.AuthStyle;
import java.util.List;
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
 * @param hostPatterns the hosts an account's base URL may name: {@code api.example.com}, or
 *     {@code *.api.example.com} for any one label in front; an account's credentials go nowhere else
 *     (unless the server's operator allows more); empty: the operator's list alone
 */
public record VendorProfile(
        String id,
        String displayName,
        String baseUrlTemplate,
        AuthStyle auth,
        RateLimits rateLimits,
        Timeouts timeouts,
        List<String> hostPatterns) {

    /** A vendor that declares no hosts of its own. */
    public VendorProfile(String id, String displayName, String baseUrlTemplate, AuthStyle auth, RateLimits rateLimits,
            Timeouts timeouts) {
        this(id, displayName, baseUrlTemplate, auth, rateLimits, timeouts, List.of());
    }

    public VendorProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(baseUrlTemplate, "baseUrlTemplate");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(timeouts, "timeouts");
        hostPatterns = List.copyOf(hostPatterns);
    }
}

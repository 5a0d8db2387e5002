package dev.mdmmcp.vendor;

import dev.mdmmcp.auth.AuthStyle;
import java.util.ArrayList;
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
 * @param headers headers sent with every request besides the auth, fixed or per account
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
        List<StaticHeader> headers,
        List<String> hostPatterns) {

    public VendorProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(baseUrlTemplate, "baseUrlTemplate");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(timeouts, "timeouts");
        headers = List.copyOf(headers);
        hostPatterns = List.copyOf(hostPatterns);
    }

    /** A vendor that needs no headers besides its auth and declares no hosts of its own. */
    public VendorProfile(String id, String displayName, String baseUrlTemplate, AuthStyle auth, RateLimits rateLimits,
            Timeouts timeouts) {
        this(id, displayName, baseUrlTemplate, auth, rateLimits, timeouts, List.of(), List.of());
    }

    /** A vendor that declares no hosts of its own. */
    public VendorProfile(String id, String displayName, String baseUrlTemplate, AuthStyle auth, RateLimits rateLimits,
            Timeouts timeouts, List<StaticHeader> headers) {
        this(id, displayName, baseUrlTemplate, auth, rateLimits, timeouts, headers, List.of());
    }

    /** Credential fields an account of this vendor must provide: those of its auth, then those of its per-account headers. */
    public List<String> requiredCredentials() {
        List<String> fields = new ArrayList<>(auth.requiredCredentials());
        headers.stream().filter(StaticHeader::isPerAccount).map(StaticHeader::credential).forEach(fields::add);
        return List.copyOf(fields);
    }

    /** Credential fields an account may provide. */
    public List<String> optionalCredentials() {
        return auth.optionalCredentials();
    }
}

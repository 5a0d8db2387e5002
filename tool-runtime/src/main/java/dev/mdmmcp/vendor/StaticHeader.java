package dev.mdmmcp.vendor;

import java.util.Objects;

/**
 * A header the vendor wants on every request besides its auth, e.g. an organisation id for a
 * managed-service-provider key. Its value is either fixed ({@code value}) or the account's
 * credential field {@code credential}, kept and sealed like the other credentials.
 *
 * @param name the header name, e.g. {@code X-Org-Id}
 * @param value the fixed value, or {@code null} when each account gives its own
 * @param credential the account's credential field holding the value, or {@code null} when fixed
 * @param secret whether the value must be treated like a secret (never shown, never logged)
 */
public record StaticHeader(String name, String value, String credential, boolean secret) {

    public StaticHeader {
        Objects.requireNonNull(name, "name");
        if ((value == null) == (credential == null)) {
            throw new IllegalArgumentException("header " + name + " needs either a fixed value or a credential field");
        }
    }

    /** A header whose value is the same for every account. */
    public static StaticHeader fixed(String name, String value) {
        return new StaticHeader(name, value, null, false);
    }

    /** A header whose value each account gives in its credential field {@code credential}. */
    public static StaticHeader perAccount(String name, String credential, boolean secret) {
        return new StaticHeader(name, null, credential, secret);
    }

    public boolean isPerAccount() {
        return credential != null;
    }
}

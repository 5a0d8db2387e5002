package dev.mdmmcp.server.auth;

import dev.mdmmcp.server.config.Credentials;
import dev.mdmmcp.vendor.StaticHeader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a vendor's static headers (vendor.yaml {@code headers:}) to the headers of its auth: fixed
 * values as declared, per-account values from the account's sealed credentials.
 */
final class StaticHeaders implements Authenticator {

    private final Authenticator auth;
    private final Map<String, String> headers;

    private StaticHeaders(Authenticator auth, Map<String, String> headers) {
        this.auth = auth;
        this.headers = Map.copyOf(headers);
    }

    /** {@code auth} itself when the vendor declares no static headers. */
    static Authenticator around(Authenticator auth, List<StaticHeader> declared, Credentials credentials) {
        if (declared.isEmpty()) {
            return auth;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (StaticHeader header : declared) {
            headers.put(header.name(), header.isPerAccount() ? credentials.required(header.credential()).reveal() : header.value());
        }
        return new StaticHeaders(auth, headers);
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(auth.headers());
        return all;
    }

    @Override
    public boolean renewAfterRejection(Map<String, String> sentHeaders) {
        return auth.renewAfterRejection(sentHeaders);
    }
}

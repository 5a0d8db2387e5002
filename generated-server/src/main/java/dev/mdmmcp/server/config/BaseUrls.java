package dev.mdmmcp.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for base URLs (a vendor tenant's API, the server's public URL): absolute http(s),
 * a host, no user info, query or fragment; trailing slashes are dropped.
 */
public final class BaseUrls {

    private BaseUrls() {
    }

    /** The normalized URL, or empty when {@code text} breaks the rule. */
    public static Optional<URI> normalize(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        String normalized = uri.toString();
        while (normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return Optional.of(URI.create(normalized));
    }
}

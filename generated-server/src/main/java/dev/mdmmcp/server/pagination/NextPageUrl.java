package dev.mdmmcp.server.pagination;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a query parameter out of the next-page URL some vendors return instead of a cursor. */
final class NextPageUrl {

    private NextPageUrl() {
    }

    static boolean looksLikeUrl(String value) {
        return value.startsWith("https://") || value.startsWith("http://") || value.startsWith("/");
    }

    /** The decoded value of {@code name} in the URL's query, if the URL is valid and has one. */
    static Optional<String> queryParameter(String url, String name) {
        String query;
        try {
            query = URI.create(url).getRawQuery();
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name) && equals >= 0) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}

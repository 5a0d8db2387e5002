package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.StrictNode;
import java.time.Duration;
import java.util.List;

/** Reads the {@code oauth} section. */
final class OAuthConfigReader {

    static final String KEY = "oauth";
    static final List<String> KEYS = List.of(IdentityProviderConfigReader.KEY, "access_token_minutes", "refresh_token_days",
            "allow_loopback_client_metadata");
    private static final int MAX_ACCESS_TOKEN_MINUTES = 24 * 60;
    private static final int MAX_REFRESH_TOKEN_DAYS = 365;

    OAuthConfig read(StrictNode root) {
        StrictNode oauth = root.child(KEY);
        oauth.rejectUnknownKeys(KEYS, "an oauth setting");
        Duration access = oauth.integer("access_token_minutes", 1, MAX_ACCESS_TOKEN_MINUTES).map(Duration::ofMinutes)
                .orElse(OAuthConfig.DEFAULT_ACCESS_TOKEN_LIFETIME);
        Duration refresh = oauth.integer("refresh_token_days", 1, MAX_REFRESH_TOKEN_DAYS).map(Duration::ofDays)
                .orElse(OAuthConfig.DEFAULT_REFRESH_TOKEN_LIFETIME);
        boolean loopback = oauth.bool("allow_loopback_client_metadata").orElse(false);
        return new OAuthConfig(new IdentityProviderConfigReader().read(oauth), access, refresh, loopback);
    }
}

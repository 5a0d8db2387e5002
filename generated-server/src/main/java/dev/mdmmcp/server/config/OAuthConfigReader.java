package dev.mdmmcp.server.config;

import java.time.Duration;
import java.util.List;

/** Reads the {@code oauth} section. */
final class OAuthConfigReader {

    static final String KEY = "oauth";
    static final List<String> KEYS = List.of(IdentityProviderConfigReader.KEY, "access_token_minutes", "refresh_token_days",
            "allow_loopback_client_metadata");
    private static final int MAX_ACCESS_TOKEN_MINUTES = 24 * 60;
    private static final int MAX_REFRESH_TOKEN_DAYS = 365;

    OAuthConfig read(ConfigNode root) {
        ConfigNode oauth = root.child(KEY);
        oauth.rejectUnknownKeys(KEYS, "an oauth setting");
        Duration access = oauth.scalar("access_token_minutes")
                .map(value -> Duration.ofMinutes(ManagedConfigReader.wholeNumber(oauth, "access_token_minutes", value,
                        MAX_ACCESS_TOKEN_MINUTES)))
                .orElse(OAuthConfig.DEFAULT_ACCESS_TOKEN_LIFETIME);
        Duration refresh = oauth.scalar("refresh_token_days")
                .map(value -> Duration.ofDays(ManagedConfigReader.wholeNumber(oauth, "refresh_token_days", value,
                        MAX_REFRESH_TOKEN_DAYS)))
                .orElse(OAuthConfig.DEFAULT_REFRESH_TOKEN_LIFETIME);
        boolean loopback = oauth.scalar("allow_loopback_client_metadata")
                .map(value -> ManagedConfigReader.bool(oauth, "allow_loopback_client_metadata", value)).orElse(false);
        return new OAuthConfig(new IdentityProviderConfigReader().read(oauth), access, refresh, loopback);
    }
}

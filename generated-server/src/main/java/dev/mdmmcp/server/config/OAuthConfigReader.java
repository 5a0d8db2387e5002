package dev.mdmmcp.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Reads the {@code oauth} section. */
final class OAuthConfigReader {

    static final String KEY = "oauth";
    static final List<String> KEYS = List.of("access_token_minutes", "refresh_token_days",
            "allow_loopback_client_metadata", IdentityProviderConfigReader.KEY);

    OAuthConfig read(ConfigNode root) {
        ConfigNode oauth = root.child(KEY);
        oauth.rejectUnknownKeys(KEYS, "an oauth setting");
        Duration accessToken = oauth.scalar("access_token_minutes")
                .map(value -> Duration.ofMinutes(number(oauth, "access_token_minutes", value, 1, 60)))
                .orElse(OAuthConfig.DEFAULT_ACCESS_TOKEN_LIFETIME);
        Duration refreshToken = oauth.scalar("refresh_token_days")
                .map(value -> Duration.ofDays(number(oauth, "refresh_token_days", value, 1, 365)))
                .orElse(OAuthConfig.DEFAULT_REFRESH_TOKEN_LIFETIME);
        boolean loopback = oauth.scalar("allow_loopback_client_metadata").map(value -> flag(oauth, value)).orElse(false);
        return new OAuthConfig(accessToken, refreshToken, loopback, new IdentityProviderConfigReader().read(oauth));
    }

    private static long number(ConfigNode oauth, String key, ConfigValue value, long min, long max) {
        String problem = "must be a whole number from " + min + " to " + max + ", got '" + value.text() + "'"
                + (value.origin().equals(oauth.source()) ? "" : " (from " + value.origin() + ")");
        try {
            long number = Long.parseLong(value.text().trim());
            if (number < min || number > max) {
                throw oauth.error(key, problem);
            }
            return number;
        } catch (NumberFormatException e) {
            throw oauth.error(key, problem);
        }
    }

    private static boolean flag(ConfigNode oauth, ConfigValue value) {
        return switch (value.text().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw oauth.error("allow_loopback_client_metadata", "must be true or false, got '" + value.text() + "'");
        };
    }
}

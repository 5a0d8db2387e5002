package dev.mdmmcp.server.oauth;

import dev.mdmmcp.server.config.OAuthConfig;
import java.time.Duration;

/**
 * How long what the authorization server hands out lives.
 *
 * @param accessTokenLifetime access tokens (minutes: a revoked grant also stops within a second)
 * @param refreshTokenLifetime a grant and its refresh tokens, from consent
 * @param allowLoopbackClientMetadata development only: client metadata documents may be fetched from loopback addresses over http
 */
public record OAuthSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime,
        boolean allowLoopbackClientMetadata) {

    /** How long a person has to sign in and consent. */
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    /** How long a client has to exchange an authorization code. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(2);

    public static OAuthSettings of(OAuthConfig config) {
        return new OAuthSettings(config.accessTokenLifetime(), config.refreshTokenLifetime(),
                config.allowLoopbackClientMetadata());
    }
}

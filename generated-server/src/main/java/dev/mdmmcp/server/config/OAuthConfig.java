package dev.mdmmcp.server.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code oauth} section: settings of OAuth-protected MCP servers.
 * <pre>
 * oauth:
 *   access_token_minutes: 10                        # optional, 1 to 60
 *   refresh_token_days: 30                          # optional, 1 to 365: how long a grant lasts
 *   allow_loopback_client_metadata: false           # development only: client metadata documents on loopback
 *   identity_provider:
 *     issuer: https://login.example.com/realms/acme   # MDM_MCP_OAUTH_IDENTITY_PROVIDER_ISSUER
 *     client_id: mdm-mcp                              # MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_ID
 *     client_secret:                                  # MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_SECRET
 *     group_claim: groups                             # optional
 * </pre>
 *
 * @param accessTokenLifetime how long an access token works
 * @param refreshTokenLifetime how long a grant (and its refresh tokens) lasts from consent
 * @param allowLoopbackClientMetadata development only: a client's metadata document may be fetched from loopback
 * @param identityProvider the organisation's identity provider; empty: nobody can sign in to an OAuth server
 */
public record OAuthConfig(Duration accessTokenLifetime, Duration refreshTokenLifetime, boolean allowLoopbackClientMetadata,
        Optional<IdentityProviderConfig> identityProvider) {

    public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);
    public static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
}

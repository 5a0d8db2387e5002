package dev.mdmmcp.server.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code oauth} section: settings of OAuth-protected MCP servers.
 * <pre>
 * oauth:
 *   identity_provider:
 *     issuer: https://login.example.com/realms/acme   # MDM_MCP_OAUTH_IDENTITY_PROVIDER_ISSUER
 *     client_id: mdm-mcp                              # MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_ID
 *     client_secret:                                  # MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_SECRET
 *     group_claim: groups                             # optional
 *   access_token_minutes: 10                          # MDM_MCP_OAUTH_ACCESS_TOKEN_MINUTES
 *   refresh_token_days: 30                            # MDM_MCP_OAUTH_REFRESH_TOKEN_DAYS
 *   allow_loopback_client_metadata: false             # development only
 * </pre>
 *
 * @param identityProvider the organisation's identity provider; empty: nobody can sign in to an OAuth server
 * @param accessTokenLifetime how long an access token works (a revoked grant stops within a second regardless)
 * @param refreshTokenLifetime how long a grant and its refresh tokens work after consent
 * @param allowLoopbackClientMetadata development only: client metadata documents may come from loopback
 *        addresses, over http or with an unsigned certificate
 */
public record OAuthConfig(Optional<IdentityProviderConfig> identityProvider, Duration accessTokenLifetime,
        Duration refreshTokenLifetime, boolean allowLoopbackClientMetadata) {

    public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);
    public static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
}

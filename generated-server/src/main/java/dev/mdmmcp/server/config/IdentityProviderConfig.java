package dev.mdmmcp.server.config;

import java.net.URI;

/**
 * The organisation's OpenID Connect identity provider people sign in with before they connect a
 * client to an OAuth server ({@code oauth.identity_provider} in the configuration file, or
 * {@code MDM_MCP_OAUTH_IDENTITY_PROVIDER_*}). Register this server at the provider as a web
 * application with the redirect URI {@code <public_url>/signin/callback} and the scopes
 * {@code openid email profile}.
 *
 * @param issuer the provider's issuer URL; its discovery document is {@code <issuer>/.well-known/openid-configuration}
 * @param clientId the client id the provider gave this server
 * @param clientSecret the client secret the provider gave this server; never logged
 * @param groupClaim the ID token claim that lists the person's groups ({@code groups} unless set)
 */
public record IdentityProviderConfig(URI issuer, String clientId, Secret clientSecret, String groupClaim) {

    public static final String DEFAULT_GROUP_CLAIM = "groups";
}

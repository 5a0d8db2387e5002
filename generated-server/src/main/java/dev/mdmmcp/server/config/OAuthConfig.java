package dev.mdmmcp.server.config;

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
 * </pre>
 *
 * @param identityProvider the organisation's identity provider; empty: nobody can sign in to an OAuth server
 */
public record OAuthConfig(Optional<IdentityProviderConfig> identityProvider) {
}

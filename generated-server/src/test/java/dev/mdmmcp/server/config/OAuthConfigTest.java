package dev.mdmmcp.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.TestConfigs;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OAuthConfigTest {

    private static OAuthConfig read(String yaml, Map<String, String> environment) {
        return ServerConfig.fromYaml(yaml, environment, TestConfigs.catalogs()).oauth();
    }

    @Test
    void withoutAnIssuerThereIsNoIdentityProvider() {
        assertThat(read("", Map.of()).identityProvider()).isEmpty();
    }

    @Test
    void theIdentityProviderComesFromTheFileWithItsSecretFromTheEnvironment() {
        IdentityProviderConfig provider = read("""
                oauth:
                  identity_provider:
                    issuer: https://login.example.com/realms/acme
                    client_id: mdm-mcp
                    group_claim: roles
                """, Map.of("MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_SECRET", "idp-secret-value")).identityProvider().orElseThrow();

        assertThat(provider.issuer()).isEqualTo(URI.create("https://login.example.com/realms/acme"));
        assertThat(provider.clientId()).isEqualTo("mdm-mcp");
        assertThat(provider.clientSecret().reveal()).isEqualTo("idp-secret-value");
        assertThat(provider.groupClaim()).isEqualTo("roles");
        assertThat(provider.toString()).doesNotContain("idp-secret-value");
    }

    @Test
    void theGroupClaimIsGroupsUnlessSet() {
        IdentityProviderConfig provider = read("", Map.of(
                "MDM_MCP_OAUTH_IDENTITY_PROVIDER_ISSUER", "http://127.0.0.1:8081/default",
                "MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_ID", "mdm-mcp",
                "MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_SECRET", "idp-secret-value")).identityProvider().orElseThrow();

        assertThat(provider.groupClaim()).isEqualTo("groups");
    }

    @Test
    void anIssuerWithoutAClientSecretSaysWhereToSetIt() {
        assertThatThrownBy(() -> read("""
                oauth:
                  identity_provider: {issuer: "https://login.example.com", client_id: mdm-mcp}
                """, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration error in the configuration text: oauth.identity_provider.client_secret is"
                        + " required: set it in the configuration text or in MDM_MCP_OAUTH_IDENTITY_PROVIDER_CLIENT_SECRET");
    }

    @Test
    void aPlainHttpIssuerOffLoopbackIsRefused() {
        assertThatThrownBy(() -> read("""
                oauth:
                  identity_provider: {issuer: "http://login.example.com", client_id: mdm-mcp, client_secret: s}
                """, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration error in the configuration text: oauth.identity_provider.issuer must be the"
                        + " identity provider's issuer URL, an absolute https URL (http only on loopback) without query or"
                        + " fragment, like https://login.example.com/realms/acme; got 'http://login.example.com'");
    }

    @Test
    void anUnknownKeyListsTheValidOnes() {
        assertThatThrownBy(() -> read("""
                oauth:
                  identity_provider: {issuer: "https://login.example.com", client_id: a, client_secret: s, scopes: x}
                """, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration error in the configuration text: oauth.identity_provider.scopes is not an"
                        + " identity provider setting; valid: issuer, client_id, client_secret, group_claim");
    }
}

package dev.mdmmcp.auth;

import java.util.List;

/**
 * OAuth2 client credentials (NinjaOne): the runtime posts {@code client_id} and
 * {@code client_secret} to the token endpoint, caches the access token and renews it.
 *
 * @param tokenPath token endpoint, relative to the account's base URL
 * @param defaultScope space-separated scopes asked for when the account names none
 */
public record OAuth2ClientCredentialsAuth(String tokenPath, String defaultScope) implements AuthStyle {

    public static final String CLIENT_ID = "client_id";
    public static final String CLIENT_SECRET = "client_secret";
    public static final String SCOPE = "scope";

    @Override
    public String name() {
        return "oauth2_client_credentials";
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(CLIENT_ID, CLIENT_SECRET);
    }

    @Override
    public List<String> optionalCredentials() {
        return List.of(SCOPE);
    }
}

package dev.mdmmcp.server.auth;

import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.Credentials;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.upstream.HttpExchange;
import java.net.URI;
import java.time.Clock;

/** Picks the authenticator for an account from its vendor's auth style: the only place that switches on it. */
public final class Authenticators {

    private Authenticators() {
    }

    public static Authenticator forAccount(AccountConfig account, HttpExchange exchange, Clock clock) {
        Credentials credentials = account.credentials();
        String vendor = account.catalog().profile().displayName();
        Authenticator auth = switch (account.catalog().profile().auth()) {
            case BearerTokenAuth bearer -> new BearerTokenAuthenticator(credentials.required(BearerTokenAuth.API_TOKEN));
            case ApiKeyHeaderAuth apiKey ->
                    new ApiKeyHeaderAuthenticator(apiKey.headerName(), credentials.required(ApiKeyHeaderAuth.API_KEY));
            case OAuth2ClientCredentialsAuth oauth -> new OAuth2ClientCredentialsAuthenticator(exchange,
                    tokenEndpoint(account.baseUrl(), oauth.tokenPath()),
                    credentials.required(OAuth2ClientCredentialsAuth.CLIENT_ID),
                    credentials.required(OAuth2ClientCredentialsAuth.CLIENT_SECRET),
                    credentials.field(OAuth2ClientCredentialsAuth.SCOPE).map(Secret::reveal).orElse(oauth.defaultScope()),
                    vendor, clock);
        };
        return StaticHeaders.around(auth, account.catalog().profile().headers(), credentials);
    }

    private static URI tokenEndpoint(URI baseUrl, String tokenPath) {
        if (tokenPath.startsWith("https://") || tokenPath.startsWith("http://")) {
            return URI.create(tokenPath);
        }
        return URI.create(baseUrl + (tokenPath.startsWith("/") ? tokenPath : "/" + tokenPath));
    }
}

package dev.mdmmcp.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.vendor.VendorProfile;

/**
 * Test credentials for a vendor account whose upstream is WireMock, and the auth header every
 * vendor request must then carry. One place knows each auth style, as in the runtime.
 */
public record UpstreamAccounts(VendorProfile vendor) {

    public static final String API_TOKEN = "it-api-token-0123456789";
    public static final String API_KEY = "it-api-key-0123456789";
    public static final String CLIENT_ID = "it-client-id";
    public static final String CLIENT_SECRET = "it-client-secret-0123456789";
    public static final String ACCESS_TOKEN = "it-access-token-0123456789";

    /** The {@code credentials:} block of the account, as YAML lines indented by {@code indent}. */
    public String credentialsYaml(String indent) {
        return switch (vendor.auth()) {
            case BearerTokenAuth ignored -> indent + "api_token: " + API_TOKEN + "\n";
            case ApiKeyHeaderAuth ignored -> indent + "api_key: " + API_KEY + "\n";
            case OAuth2ClientCredentialsAuth ignored ->
                    indent + "client_id: " + CLIENT_ID + "\n" + indent + "client_secret: " + CLIENT_SECRET + "\n";
        };
    }

    /** Header name and value every API request of this vendor must carry. */
    public ExpectedAuth expectedAuth() {
        return switch (vendor.auth()) {
            case BearerTokenAuth ignored -> new ExpectedAuth("Authorization", "Bearer " + API_TOKEN);
            case ApiKeyHeaderAuth apiKey -> new ExpectedAuth(apiKey.headerName(), API_KEY);
            case OAuth2ClientCredentialsAuth ignored -> new ExpectedAuth("Authorization", "Bearer " + ACCESS_TOKEN);
        };
    }

    /** The OAuth2 token endpoint path, or {@code null} for vendors without one. */
    public String tokenPath() {
        AuthStyle auth = vendor.auth();
        return auth instanceof OAuth2ClientCredentialsAuth oauth ? oauth.tokenPath() : null;
    }

    /** Lets WireMock hand out access tokens for vendors that need them. */
    public void stubTokenEndpoint(WireMockServer wireMock) {
        String tokenPath = tokenPath();
        if (tokenPath != null) {
            wireMock.stubFor(post(urlPathEqualTo(tokenPath)).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
        }
    }

    /** The auth header a vendor request must carry. */
    public record ExpectedAuth(String header, String value) {
    }
}

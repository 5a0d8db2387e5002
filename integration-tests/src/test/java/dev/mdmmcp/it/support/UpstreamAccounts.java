package dev.mdmmcp.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.AuthStyle;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.vendor.StaticHeader;
import dev.mdmmcp.vendor.VendorProfile;
import java.util.LinkedHashMap;
import java.util.Map;

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
        StringBuilder yaml = new StringBuilder(switch (vendor.auth()) {
            case BearerTokenAuth ignored -> indent + "api_token: " + API_TOKEN + "\n";
            case ApiKeyHeaderAuth ignored -> indent + "api_key: " + API_KEY + "\n";
            case OAuth2ClientCredentialsAuth ignored ->
                    indent + "client_id: " + CLIENT_ID + "\n" + indent + "client_secret: " + CLIENT_SECRET + "\n";
        });
        vendor.headers().stream().filter(StaticHeader::isPerAccount)
                .forEach(header -> yaml.append(indent).append(header.credential()).append(": ")
                        .append(headerValue(header)).append('\n'));
        return yaml.toString();
    }

    /** The header names and values every API request of this vendor must carry: its auth, then its static headers. */
    public ExpectedAuth expectedAuth() {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (vendor.auth()) {
            case BearerTokenAuth ignored -> headers.put("Authorization", "Bearer " + API_TOKEN);
            case ApiKeyHeaderAuth apiKey -> headers.put(apiKey.headerName(), API_KEY);
            case OAuth2ClientCredentialsAuth ignored -> headers.put("Authorization", "Bearer " + ACCESS_TOKEN);
        }
        vendor.headers().forEach(header -> headers.put(header.name(), headerValue(header)));
        return new ExpectedAuth(headers);
    }

    /** The test account's value of a static header: fixed, or {@code it-<credential field>-value}. */
    private static String headerValue(StaticHeader header) {
        return header.isPerAccount() ? "it-" + header.credential().replace('_', '-') + "-value" : header.value();
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

    /** The auth (and static) headers a vendor request must carry, by name. */
    public record ExpectedAuth(Map<String, String> headers) {
    }
}

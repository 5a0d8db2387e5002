package dev.mdmmcp.server.auth;

import dev.mdmmcp.server.config.Secret;
import java.util.Map;

/** A static API key in the header the vendor names, e.g. {@code X-Api-Key: <api_key>}. */
final class ApiKeyHeaderAuthenticator implements Authenticator {

    private final String headerName;
    private final Secret apiKey;

    ApiKeyHeaderAuthenticator(String headerName, Secret apiKey) {
        this.headerName = headerName;
        this.apiKey = apiKey;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of(headerName, apiKey.reveal());
    }
}

package dev.mdmmcp.server.auth;

import dev.mdmmcp.server.config.Secret;
import java.util.Map;

/** {@code Authorization: Bearer <api_token>} with a static token (Kandji). */
final class BearerTokenAuthenticator implements Authenticator {

    private final Secret apiToken;

    BearerTokenAuthenticator(Secret apiToken) {
        this.apiToken = apiToken;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Authorization", "Bearer " + apiToken.reveal());
    }
}

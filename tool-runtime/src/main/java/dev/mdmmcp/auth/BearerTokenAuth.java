package dev.mdmmcp.auth;

import java.util.List;

/** A static API token sent as {@code Authorization: Bearer <api_token>} (Kandji). */
public record BearerTokenAuth() implements AuthStyle {

    public static final String API_TOKEN = "api_token";

    @Override
    public String name() {
        return "bearer_token";
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(API_TOKEN);
    }
}

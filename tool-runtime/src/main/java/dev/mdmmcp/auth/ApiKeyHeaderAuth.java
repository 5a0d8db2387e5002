package dev.mdmmcp.auth;

import java.util.List;

/** An API key sent in a header the vendor names, e.g. {@code X-API-Key: <api_key>}. */
public record ApiKeyHeaderAuth(String headerName) implements AuthStyle {

    public static final String API_KEY = "api_key";

    @Override
    public String name() {
        return "api_key_header";
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(API_KEY);
    }
}

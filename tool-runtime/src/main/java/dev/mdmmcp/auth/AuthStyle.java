package dev.mdmmcp.auth;

import java.util.List;

/**
 * The small, closed set of ways a vendor authenticates API calls. A vendor folder picks one;
 * a new vendor with one of these styles needs no runtime code.
 */
public sealed interface AuthStyle permits BearerTokenAuth, OAuth2ClientCredentialsAuth, ApiKeyHeaderAuth {

    /** The style's name in {@code vendor.yaml}. */
    String name();

    /** Credential fields an account of this vendor must provide. */
    List<String> requiredCredentials();

    /** Credential fields an account may provide. */
    default List<String> optionalCredentials() {
        return List.of();
    }
}

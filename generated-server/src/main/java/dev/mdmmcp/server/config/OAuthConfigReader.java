package dev.mdmmcp.server.config;

import java.util.List;

/** Reads the {@code oauth} section. */
final class OAuthConfigReader {

    static final String KEY = "oauth";
    static final List<String> KEYS = List.of(IdentityProviderConfigReader.KEY);

    OAuthConfig read(ConfigNode root) {
        ConfigNode oauth = root.child(KEY);
        oauth.rejectUnknownKeys(KEYS, "an oauth setting");
        return new OAuthConfig(new IdentityProviderConfigReader().read(oauth));
    }
}

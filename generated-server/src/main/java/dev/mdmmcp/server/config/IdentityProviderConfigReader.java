package dev.mdmmcp.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** Reads {@code identity_provider} of the {@code oauth} section: issuer, client id, client secret, group claim. */
final class IdentityProviderConfigReader {

    static final String KEY = "identity_provider";
    static final List<String> KEYS = List.of("issuer", "client_id", "client_secret", "group_claim");

    /** Empty when no issuer is set; then nobody can sign in to an OAuth server. */
    Optional<IdentityProviderConfig> read(ConfigNode oauth) {
        ConfigNode node = oauth.child(KEY);
        node.rejectUnknownKeys(KEYS, "an identity provider setting");
        Optional<ConfigValue> issuer = node.scalar("issuer");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        URI issuerUrl = issuer(node, issuer.get());
        String clientId = node.requiredScalar("client_id").text().trim();
        Secret clientSecret = new Secret(node.requiredScalar("client_secret").text());
        String groupClaim = node.scalar("group_claim").map(value -> value.text().trim())
                .orElse(IdentityProviderConfig.DEFAULT_GROUP_CLAIM);
        return Optional.of(new IdentityProviderConfig(issuerUrl, clientId, clientSecret, groupClaim));
    }

    private static URI issuer(ConfigNode node, ConfigValue value) {
        String problem = "must be the identity provider's issuer URL, an absolute https URL (http only on loopback)"
                + " without query or fragment, like https://login.example.com/realms/acme; got '" + value.text() + "'"
                + (value.origin().equals(node.source()) ? "" : " (from " + value.origin() + ")");
        try {
            URI uri = new URI(value.text().trim());
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && (uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost") || uri.getHost().equals("[::1]"));
            if ((!https && !loopbackHttp) || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw node.error("issuer", problem);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw node.error("issuer", problem);
        }
    }
}

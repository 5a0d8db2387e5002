package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.BoundValue;
import dev.mdmmcp.server.binding.Refusal;
import dev.mdmmcp.server.binding.StrictNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** Reads {@code identity_provider} of the {@code oauth} section: issuer, client id, client secret, group claim. */
final class IdentityProviderConfigReader {

    static final String KEY = "identity_provider";
    static final List<String> KEYS = List.of("issuer", "client_id", "client_secret", "group_claim");

    /** Empty when no issuer is set (then nobody can sign in to an OAuth server), or when it is wrong (recorded). */
    Optional<IdentityProviderConfig> read(StrictNode oauth) {
        StrictNode node = oauth.child(KEY);
        node.rejectUnknownKeys(KEYS, "an identity provider setting");
        if (!node.has("issuer")) {
            return Optional.empty();
        }
        Optional<URI> issuer = node.read("issuer", IdentityProviderConfigReader::issuer);
        Optional<String> clientId = node.required("client_id").map(value -> value.text().trim());
        Optional<Secret> clientSecret = node.requiredSecret("client_secret").map(value -> new Secret(value.text()));
        String groupClaim = node.scalar("group_claim").map(value -> value.text().trim())
                .orElse(IdentityProviderConfig.DEFAULT_GROUP_CLAIM);
        if (issuer.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IdentityProviderConfig(issuer.get(), clientId.get(), clientSecret.get(), groupClaim));
    }

    private static URI issuer(BoundValue value) {
        Refusal refusal = new Refusal("must be the identity provider's issuer URL, an absolute https URL (http only on"
                + " loopback) without query or fragment, like https://login.example.com/realms/acme; got " + value.shown());
        try {
            URI uri = new URI(value.text().trim());
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && (uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost") || uri.getHost().equals("[::1]"));
            if ((!https && !loopbackHttp) || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw refusal;
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refusal;
        }
    }
}

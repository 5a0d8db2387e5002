package dev.mdmmcp.server.signin;

import dev.mdmmcp.server.config.IdentityProviderConfig;
import dev.mdmmcp.server.config.Secret;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on loopback (mock-oauth2-server) that signs in whoever the test
 * names next, with the e-mail address and groups the test gives.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String ISSUER_ID = "acme";
    static final String CLIENT_ID = "mdm-mcp";
    static final String CLIENT_SECRET = "idp-client-secret-4f1c9e";

    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config());

    TestIdentityProvider() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    URI issuer() {
        return server.issuerUrl(ISSUER_ID).uri();
    }

    IdentityProviderConfig config() {
        return new IdentityProviderConfig(issuer(), CLIENT_ID, new Secret(CLIENT_SECRET), "groups");
    }

    /** The next sign-in at this provider is this person. */
    void nextSignIn(String subject, String email, List<String> groups) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null,
                Map.of("email", email, "name", "Alex Example", "groups", groups), 3600));
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

package dev.mdmmcp.demo;

import java.net.InetAddress;
import java.net.URI;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The demo's identity provider: a real OpenID Connect provider made for tests and local
 * development (mock-oauth2-server), on loopback, with a sign-in page that takes a user name. The
 * user name {@value #USER} signs in as {@value #EMAIL}, who may connect to the demo's sign-in
 * server; any other name signs in without an e-mail address and is refused, with the reason.
 */
final class DemoIdentityProvider implements AutoCloseable {

    static final String USER = "demo";
    static final String EMAIL = "demo@example.com";
    static final String ISSUER_ID = "demo";
    static final String CLIENT_ID = "mdm-mcp-demo";

    private final MockOAuth2Server server;

    private DemoIdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    /**
     * Its configuration in the library's own JSON format: the sign-in page, served by Netty (its other
     * server answers one connection at a time, so a browser's idle preconnections stall it), and who
     * the user name demo is.
     */
    private static final String CONFIG = """
            {"interactiveLogin": true, "httpServer": "NettyWrapper",
             "tokenCallbacks": [{"issuerId": "%s", "tokenExpiry": 3600,
               "requestMappings": [{"requestParam": "subject", "match": "%s",
                 "claims": {"sub": "%s", "email": "%s", "email_verified": true, "name": "Demo User",
                            "groups": ["mdm-admins"]}}]}]}
            """.formatted(ISSUER_ID, USER, USER, EMAIL);

    static DemoIdentityProvider start() {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(CONFIG));
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        return new DemoIdentityProvider(server);
    }

    URI issuer() {
        return server.issuerUrl(ISSUER_ID).uri();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

package dev.mdmmcp.it.clients;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * Everything a sign-in test needs, on loopback: a Kandji upstream (WireMock) that knows
 * {@link KnownDevice}, a real OpenID Connect provider (mock-oauth2-server) whose sign-in page
 * takes a user name ({@value #ALLOWED_USER} is on the server's list, {@value #OTHER_USER} is not),
 * and an mdm-mcp server with a managed read-only Kandji server people sign in to. Every log
 * line of the run is kept, to be searched for secrets.
 */
final class SignInWorld implements AutoCloseable {

    static final String ALLOWED_USER = "alex";
    static final String ALLOWED_EMAIL = "alex@example.com";
    static final String OTHER_USER = "mallory";
    static final String IDP_CLIENT_SECRET = "idp-client-secret-for-mdm-mcp-6d1f0c";
    static final String ADMIN_TOKEN = "sign-in-admin-token-0123456789abcdefghij";
    static final String KANDJI_TOKEN = "kandji-api-token-of-the-sign-in-test-5521";
    static final String SERVER_NAME = "fleet sign-in";
    private static final String ISSUER_ID = "acme";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IDP_CONFIG = """
            {"interactiveLogin": true, "httpServer": "NettyWrapper",
             "tokenCallbacks": [{"issuerId": "%s", "tokenExpiry": 3600, "requestMappings": [
               {"requestParam": "subject", "match": "%s",
                "claims": {"sub": "sub-%s", "email": "%s", "email_verified": true, "name": "Alex Example"}},
               {"requestParam": "subject", "match": "%s",
                "claims": {"sub": "sub-%s", "email": "mallory@elsewhere.test", "email_verified": true,
                           "name": "Mallory", "groups": ["staff"]}}]}]}
            """.formatted(ISSUER_ID, ALLOWED_USER, ALLOWED_USER, ALLOWED_EMAIL, OTHER_USER, OTHER_USER);

    private final WireMockServer upstream;
    private final MockOAuth2Server identityProvider;
    private final MdmMcpServer server;
    private final CapturedLogs logs;
    private final HttpClient http = HttpClient.newHttpClient();
    private String accountId;
    private String serverId;
    private String serverUrl;

    private SignInWorld(WireMockServer upstream, MockOAuth2Server identityProvider, MdmMcpServer server,
            CapturedLogs logs) {
        this.upstream = upstream;
        this.identityProvider = identityProvider;
        this.server = server;
        this.logs = logs;
    }

    static SignInWorld start() {
        CapturedLogs logs = CapturedLogs.start();
        WireMockServer upstream = new WireMockServer(options().dynamicPort());
        upstream.start();
        KnownDevice.stub(upstream);
        MockOAuth2Server identityProvider = new MockOAuth2Server(OAuth2Config.Companion.fromJson(IDP_CONFIG));
        try {
            identityProvider.start(InetAddress.getLoopbackAddress(), 0);
        } catch (RuntimeException e) {
            upstream.stop();
            throw e;
        }
        MdmMcpServer server = MdmMcpServer.start(ServerConfig.fromYaml("""
                host: 127.0.0.1
                port: 0
                data_dir: target/test-stores/%s
                admin_token: %s
                allowed_upstream_hosts: [loopback]
                oauth:
                  allow_loopback_client_metadata: true
                  identity_provider:
                    issuer: %s
                    client_id: mdm-mcp-e2e
                    client_secret: %s
                """.formatted(UUID.randomUUID(), ADMIN_TOKEN, identityProvider.issuerUrl(ISSUER_ID), IDP_CLIENT_SECRET),
                Map.of()));
        SignInWorld world = new SignInWorld(upstream, identityProvider, server, logs);
        world.createSignInServer();
        return world;
    }

    private void createSignInServer() {
        accountId = admin("POST", "/integrated-account", """
                {"name": "kandji-e2e", "integration": "kandji", "base_url": "%s", "credentials": {"api_token": "%s"}}"""
                .formatted(upstream.baseUrl(), KANDJI_TOKEN), 201).get("id").asText();
        JsonNode created = admin("POST", "/integrated-account/" + accountId + "/mcp", """
                {"name": "%s", "auth": "oauth", "config": {"methods": ["read"]},
                 "allowed": {"emails": ["%s"]}}""".formatted(SERVER_NAME, ALLOWED_EMAIL), 201);
        serverId = created.get("id").asText();
        serverUrl = created.get("url").asText();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The OAuth server's MCP URL: stable, no secret in it. */
    String serverUrl() {
        return serverUrl;
    }

    /** The server's call history, newest first, as the admin API lists it. */
    JsonNode calls() {
        return admin("GET", "/integrated-account/" + accountId + "/mcp/" + serverId + "/calls", null, 200).get("items");
    }

    /** Registers a client (RFC 7591) with this redirect URI and returns its client id. */
    String registerClient(String redirectUri) {
        return request("POST", "/oauth/register", """
                {"client_name": "Browser test client", "redirect_uris": ["%s"], "token_endpoint_auth_method": "none"}"""
                .formatted(redirectUri), null, 201).get("client_id").asText();
    }

    /** Every log line of the run so far. */
    String logs() {
        return logs.text();
    }

    private JsonNode admin(String method, String path, String body, int expected) {
        return request(method, path, body, "Bearer " + ADMIN_TOKEN, expected);
    }

    private JsonNode request(String method, String path, String body, String authorization, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            identityProvider.shutdown();
            upstream.stop();
        } finally {
            logs.close();
        }
    }

    /** Every record of level INFO and above, from every logger, while open; the console stays as quiet as before. */
    private static final class CapturedLogs extends Handler implements AutoCloseable {

        private final StringBuilder text = new StringBuilder();
        private final Logger root = Logger.getLogger("");
        private final Level previous = root.getLevel();
        private final List<Handler> console = List.of(root.getHandlers());
        private final List<Level> consoleLevels = console.stream().map(Handler::getLevel).toList();

        static CapturedLogs start() {
            CapturedLogs logs = new CapturedLogs();
            logs.setFormatter(new SimpleFormatter());
            logs.console.forEach(handler -> handler.setLevel(Level.WARNING));
            logs.root.setLevel(Level.INFO);
            logs.root.addHandler(logs);
            return logs;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(getFormatter().format(record));
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            root.removeHandler(this);
            root.setLevel(previous);
            for (int i = 0; i < console.size(); i++) {
                console.get(i).setLevel(consoleLevels.get(i));
            }
        }
    }
}

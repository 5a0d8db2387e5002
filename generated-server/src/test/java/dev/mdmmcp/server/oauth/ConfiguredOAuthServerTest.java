package dev.mdmmcp.server.oauth;

import static dev.mdmmcp.server.TestServer.json;
import static dev.mdmmcp.server.oauth.OAuthClientSimulation.mcp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.testing.LogCapture;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An OAuth server of the configuration file ({@code auth: oauth}) and the {@code oauth} settings. */
class ConfiguredOAuthServerTest {

    private static final Person CAROL = new Person("sub-carol", Optional.of("carol@corp.example"), Optional.empty(),
            List.of("mdm-admins"));
    private static WireMockServer vendor;
    private static TestServer server;

    private static String yaml(String upstream, String servers, String oauth) {
        return """
                host: 127.0.0.1
                port: 0
                allowed_upstream_hosts: [loopback]
                data_dir: %s
                admin_token: %s
                accounts:
                  mdm:
                    vendor: acmemdm
                    base_url: %s
                    credentials: {api_token: mdm-api-token}
                    timeouts: {read_seconds: 20}
                servers:
                %s
                oauth:
                %s
                """.formatted(TestConfigs.freshDataDir(), TestServer.ADMIN_TOKEN, upstream, servers.indent(2), oauth.indent(2));
    }

    @BeforeAll
    static void start() {
        vendor = KnownDevice.startVendor();
        server = TestServer.start(yaml(vendor.baseUrl(), """
                audit:
                  account: mdm
                  auth: oauth
                  methods: [read]
                  allowed: {groups: [mdm-admins]}""", "access_token_minutes: 5"), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
        vendor.stop();
    }

    @Test
    void aConfiguredOAuthServerIsReachedAtItsNameBySignedInPeopleAndItsCallsNameThemInTheLog() {
        String url = server.baseUrl() + "/mcp/oauth/audit";
        HttpResponse<String> anonymous = mcp(url, null, TestServer.TOOLS_LIST);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer scope=\"mcp:read\","
                + " resource_metadata=\"" + server.baseUrl() + "/.well-known/oauth-protected-resource/mcp/oauth/audit\"");

        OAuthClientSimulation client = OAuthClientSimulation.register(server);
        JsonNode tokens = client.tokens(url, CAROL, false);
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(300);
        assertThat(tokens.get("scope").asText()).isEqualTo("mcp:read");

        List<String> lines;
        try (LogCapture calls = LogCapture.of("dev.mdmmcp.server.call")) {
            HttpResponse<String> call = mcp(url, "Bearer " + tokens.get("access_token").asText(), KnownDevice.GET_DEVICE);
            assertThat(json(call).at("/result/isError").asBoolean()).isFalse();
            lines = calls.messages();
        }
        assertThat(lines).anyMatch(line -> line.matches("tool call request=[0-9a-f]+ server=audit person=\"sub-carol\""
                + " email=\"carol@corp.example\" vendor=acmemdm tool=get_device outcome=ok upstream_status=200 duration_ms=\\d+"));
    }

    @Test
    void oauthSettingsAndServersAreCheckedWithErrorsThatNameTheKey() {
        assertConfigError(yaml("https://acme.test", """
                audit:
                  account: mdm
                  auth: oauth
                  allowed: {emails: [carol@corp.example]}
                  token: abcdefghijklmnopqrstuvwxyz0123456789""", ""), "configuration error in the configuration text:"
                + " servers.audit.token is for URL-token servers: an OAuth server (auth: oauth) is reached at"
                + " /mcp/oauth/audit by people who sign in");
        assertConfigError(yaml("https://acme.test", """
                audit:
                  account: mdm
                  auth: oauth""", ""), "configuration error in the configuration text: servers.audit.allowed must name"
                + " who may sign in: emails, domains and/or groups, like allowed: {domains: [example.com]}");
        assertConfigError(yaml("https://acme.test", """
                audit:
                  account: mdm
                  auth: sso""", ""), "configuration error in the configuration text: servers.audit.auth must be url"
                + " (a secret URL, the default) or oauth (people sign in with the identity provider), got 'sso'");
        assertConfigError(yaml("https://acme.test", "{}", "access_token_minutes: 0"), "configuration error in the"
                + " configuration text: oauth.access_token_minutes must be a whole number from 1 to 1440, got '0'");
        assertConfigError(yaml("https://acme.test", "{}", "allow_loopback_client_metadata: maybe"), "configuration error in"
                + " the configuration text: oauth.allow_loopback_client_metadata must be true or false, got 'maybe'");
    }

    private static void assertConfigError(String yaml, String message) {
        assertThatThrownBy(() -> ServerConfig.fromYaml(yaml, Map.of(), TestConfigs.catalogs()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }
}

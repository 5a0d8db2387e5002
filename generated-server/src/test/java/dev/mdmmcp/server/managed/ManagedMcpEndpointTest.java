package dev.mdmmcp.server.managed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.testing.MutableClock;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /mcp/{token}} for managed servers: lookup, expiry, API-token auth, and the static servers beside them. */
class ManagedMcpEndpointTest {

    private static WireMockServer vendor;
    private static TestServer server;
    private static MutableClock clock;
    private String account;

    @BeforeAll
    static void start() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        clock = MutableClock.startingNow();
        server = TestServer.start(TestServer.yaml(vendor.baseUrl()), clock);
    }

    @AfterAll
    static void stop() {
        server.close();
        vendor.stop();
    }

    @BeforeEach
    void createAccount() {
        vendor.resetAll();
        KnownDevice.stub(vendor);
        account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"first-secret\"}");
    }

    @Test
    void aManagedServerCallsTheVendorWithTheAccountsSealedCredentials() {
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"s\"}"));

        HttpResponse<String> response = server.mcp(token, KnownDevice.GET_DEVICE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/result/structuredContent/device_id").asText()).as(response.body()).isEqualTo("d1");
        vendor.verify(getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                .withHeader("Authorization", equalTo("Bearer first-secret")));
    }

    @Test
    void rotatedCredentialsAreUsedFromTheNextCall() {
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"s\"}"));
        server.mcp(token, KnownDevice.GET_DEVICE);

        assertThat(server.admin("PATCH", "/integrated-account/" + account,
                "{\"credentials\":{\"api_token\":\"second-secret\"}}").statusCode()).isEqualTo(200);
        server.mcp(token, KnownDevice.GET_DEVICE);

        vendor.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                .withHeader("Authorization", equalTo("Bearer first-secret")));
        vendor.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                .withHeader("Authorization", equalTo("Bearer second-secret")));
    }

    @Test
    void unknownRevokedAndExpiredTokensAllGetTheSameEmpty404() {
        JsonNode revoked = server.createServer(account, "{\"name\":\"revoked\"}");
        JsonNode expiring = server.createServer(account, "{\"name\":\"expiring\",\"expires_at\":\""
                + clock.instant().plus(Duration.ofHours(1)) + "\"}");
        assertThat(server.mcp(TestServer.tokenOf(expiring), TestServer.INITIALIZE).statusCode()).isEqualTo(200);
        server.admin("DELETE", "/integrated-account/" + account + "/mcp/" + revoked.get("id").asText(), null);

        clock.advance(Duration.ofHours(1));
        try {
            List<HttpResponse<String>> responses = List.of(
                    server.mcp("U".repeat(43), TestServer.INITIALIZE),
                    server.mcp(TestServer.tokenOf(revoked), TestServer.INITIALIZE),
                    server.mcp(TestServer.tokenOf(expiring), TestServer.INITIALIZE));

            for (HttpResponse<String> response : responses) {
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.body()).isEmpty();
                assertThat(response.headers().map().keySet()).isEqualTo(responses.get(0).headers().map().keySet());
            }
            assertThat(json(server.admin("GET", "/integrated-account/" + account + "/mcp", null)).get("items").size())
                    .as("an expired server is not listed").isZero();
            assertThat(server.admin("GET", "/integrated-account/" + account + "/mcp/" + expiring.get("id").asText()
                    + "/calls", null).statusCode()).isEqualTo(404);
        } finally {
            clock.advance(Duration.ofHours(-1));
        }
    }

    @Test
    void aServerRequiringApiTokenAuthOpensOnlyToAnMcpAccessTokenNamingIt() throws Exception {
        JsonNode created = server.createServer(account, "{\"name\":\"s\",\"require_api_token_auth\":true}");
        String token = TestServer.tokenOf(created);
        JsonNode other = server.createServer(account, "{\"name\":\"other\",\"require_api_token_auth\":true}");
        String mcpToken = apiToken("create", "--name", "claude", "--scope", "mcp", "--server", created.get("id").asText());
        String otherToken = apiToken("create", "--name", "other", "--scope", "mcp", "--server", other.get("id").asText());
        String adminToken = apiToken("create", "--name", "ops");

        for (String[] headers : List.of(new String[0], new String[] {"Authorization", "Bearer wrong"},
                new String[] {"Authorization", "Bearer " + token},
                new String[] {"Authorization", "Bearer " + TestServer.ADMIN_TOKEN},
                new String[] {"Authorization", "Bearer " + adminToken},
                new String[] {"Authorization", "Bearer " + otherToken})) {
            HttpResponse<String> refused = server.mcp(token, TestServer.INITIALIZE, headers);
            assertThat(refused.statusCode()).as(String.join(" ", headers)).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(refused.body()).isEmpty();
        }
        HttpResponse<String> call = server.mcp(token, KnownDevice.GET_DEVICE, "Authorization", "Bearer " + mcpToken);
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(json(call).at("/result/isError").asBoolean()).isFalse();
        assertThat(server.mcp("U".repeat(43), TestServer.INITIALIZE).statusCode())
                .as("unknown tokens stay 404, not 401").isEqualTo(404);
    }

    @Test
    void theAdminApiRefusesAnMcpAccessTokenWith403() throws Exception {
        JsonNode created = server.createServer(account, "{\"name\":\"s\",\"require_api_token_auth\":true}");
        String mcpToken = apiToken("create", "--name", "claude", "--scope", "mcp", "--server", created.get("id").asText());

        HttpResponse<String> refused = server.admin("GET", "/integrated-account", null, "Bearer " + mcpToken);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(refused.body()).isEqualTo("{\"error\":\"forbidden\",\"message\":\"this API token is an MCP-access"
                + " token: it opens only the MCP servers it names, not the admin API; use an admin token (api-token create"
                + " --scope admin)\"}");
        assertThat(server.admin("GET", "/integrated-account", null, "Bearer " + apiToken("create", "--name", "ops"))
                .statusCode()).isEqualTo(200);
    }

    /** Runs {@code api-token <arguments>} on the server's store; @return what it printed (the token). */
    private String apiToken(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("MDM_MCP_DATA_DIR", server.dataDir().toString()));
        String[] command = new String[arguments.length + 1];
        command[0] = "api-token";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        // One store for every test of the class: names must not repeat.
        command[3] = command[3] + "-" + UUID.randomUUID();
        assertThat(cli.run(command)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void staticServersOfTheConfigurationKeepWorkingBesideManagedOnes() {
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"s\",\"config\":{\"methods\":[\"read\"]}}"));

        HttpResponse<String> configured = server.mcp(TestConfigs.ADMIN_TOKEN, TestServer.TOOLS_LIST);
        HttpResponse<String> managed = server.mcp(token, TestServer.TOOLS_LIST);

        assertThat(json(configured).at("/result/tools").size()).isEqualTo(6);
        assertThat(json(managed).at("/result/tools").size()).isEqualTo(3);
        assertThat(server.mcp(TestConfigs.AUDIT_TOKEN, KnownDevice.GET_DEVICE).statusCode()).isEqualTo(200);
        vendor.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                .withHeader("Authorization", equalTo("Bearer mdm-api-token")));
    }
}

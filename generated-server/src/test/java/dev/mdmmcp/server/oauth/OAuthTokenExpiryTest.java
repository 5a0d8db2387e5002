package dev.mdmmcp.server.oauth;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.TestServer.json;
import static dev.mdmmcp.server.oauth.OAuthClientSimulation.mcp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access tokens live {@code oauth.access_token_minutes}: after that the MCP endpoint refuses them, and the refresh token gets a new one. */
class OAuthTokenExpiryTest {

    private static final Person ALICE = new Person("sub-alice", Optional.of("alice@example.com"), Optional.of("Alice"),
            List.of());

    private final MutableClock clock = new MutableClock(Instant.now());
    private WireMockServer vendor;
    private TestServer server;

    @BeforeEach
    void start() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        server = TestServer.start(ServerWithVendorTest.UNLIMITED + TestServer.yaml(vendor.baseUrl()) + "oauth:\n  access_token_minutes: 5\n", clock);
    }

    @AfterEach
    void stop() {
        server.close();
        vendor.stop();
    }

    @Test
    void anExpiredAccessTokenIs401InvalidTokenAndItsRefreshTokenGetsANewOne() {
        String account = OAuthServerTest.createAccount(server, vendor.baseUrl());
        String serverUrl = server.createServer(account, """
                {"name":"fleet","auth":"oauth","allowed":{"domains":["example.com"]}}""").get("url").asText();
        OAuthClientSimulation client = OAuthClientSimulation.register(server);
        JsonNode tokens = client.tokens(serverUrl, ALICE, false);
        String bearer = "Bearer " + tokens.get("access_token").asText();
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(300);
        assertThat(mcp(serverUrl, bearer, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        HttpResponse<String> refused = refusedWithinASecond(serverUrl, bearer);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"invalid_token\"");
        HttpResponse<String> refreshed = client.refresh(tokens.get("refresh_token").asText());
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String renewed = "Bearer " + json(refreshed).get("access_token").asText();
        assertThat(mcp(serverUrl, renewed, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);
    }

    /** Checked tokens are trusted for half a second before the store is asked again. */
    private static HttpResponse<String> refusedWithinASecond(String serverUrl, String bearer) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        HttpResponse<String> response;
        do {
            response = mcp(serverUrl, bearer, TestServer.TOOLS_LIST);
        } while (response.statusCode() == 200 && System.nanoTime() < deadline);
        return response;
    }
}

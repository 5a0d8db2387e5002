package dev.mdmmcp.server.inbound;

import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each credential has a request rate with a burst; unknown tokens are counted per client address. */
class InboundRateLimitTest {

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start("limits:\n  requests_per_second: 1\n  request_burst: 3\n  unknown_tokens_per_minute: 2\n"
                + TestServer.yaml("http://127.0.0.1:9"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aUrlTokenGetsItsBurstThen429WithRetryAfterWhileOtherTokensGoOn() {
        for (int i = 0; i < 3; i++) {
            assertThat(server.mcp(TestConfigs.ADMIN_TOKEN, PING).statusCode()).as("request %d of the burst", i + 1).isEqualTo(200);
        }
        HttpResponse<String> refused = server.mcp(TestConfigs.ADMIN_TOKEN, PING);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(json(refused).at("/error/code").asInt()).isEqualTo(-32029);
        assertThat(json(refused).at("/error/message").asText()).isEqualTo("Too many requests: this credential sent more"
                + " than 1 requests per second (limits.requests_per_second); retry after 1 s");
        assertThat(server.mcp(TestConfigs.AUDIT_TOKEN, PING).statusCode()).as("another URL token").isEqualTo(200);
    }

    @Test
    void unknownTokensGet404UntilTheAddressHasHadItsShareThen429() {
        String unknown = "x".repeat(43);
        assertThat(server.mcp(unknown, PING).statusCode()).isEqualTo(404);
        assertThat(server.mcp(unknown + "y", PING).statusCode()).isEqualTo(404);

        HttpResponse<String> refused = server.mcp(unknown, PING);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
        assertThat(json(refused).at("/error/message").asText()).startsWith(
                "Too many requests with unknown tokens from this address (limits.unknown_tokens_per_minute); retry after ");
        assertThat(server.mcp(TestConfigs.ADMIN_TOKEN, PING).statusCode()).as("a known token still works").isEqualTo(200);
        assertThat(server.admin("GET", "/integrated-account", null, "Bearer wrong").statusCode())
                .as("a wrong API token from the same address").isEqualTo(429);
    }

    @Test
    void anApiTokenGetsItsBurstThen429WithTheJsonError() {
        for (int i = 0; i < 3; i++) {
            assertThat(server.admin("GET", "/integrated-account", null).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = server.admin("GET", "/integrated-account", null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.body()).isEqualTo("{\"error\":\"rate_limited\",\"message\":\"Too many requests: this credential"
                + " sent more than 1 requests per second (limits.requests_per_second); retry after 1 s\"}");
    }
}

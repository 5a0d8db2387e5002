package dev.mdmmcp.server.oauth;

import static dev.mdmmcp.server.TestServer.json;
import static dev.mdmmcp.server.oauth.OAuthClientSimulation.mcp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.store.TestStores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database: a grant made through one is used on the other, and a
 * grant revoked through one is refused by the other within a second.
 */
class OAuthAcrossInstancesTest {

    private static final Person ALICE = new Person("sub-alice", Optional.of("alice@example.com"), Optional.empty(),
            List.of());
    private static final String PUBLIC_URL = "https://mcp.example.test";
    private static WireMockServer vendor;
    private static TestServer first;
    private static TestServer second;

    @BeforeAll
    static void start() {
        vendor = KnownDevice.startVendor();
        // Instances behind one load balancer share their public URL: it is the tokens' audience.
        String yaml = "host: 127.0.0.1\nport: 0\nadmin_token: " + TestServer.ADMIN_TOKEN + "\npublic_url: " + PUBLIC_URL + "\n"
                + "allowed_upstream_hosts: [loopback]\n"
                + TestStores.yaml(TestStores.sharedConfig(TestStores.Engine.POSTGRESQL));
        first = TestServer.start(yaml, Clock.systemUTC());
        second = TestServer.start(yaml, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        vendor.stop();
    }

    @Test
    void aGrantRevokedOnOneInstanceIsRefusedOnTheOtherWithinASecond() throws Exception {
        String account = OAuthServerTest.createAccount(first, vendor.baseUrl());
        JsonNode created = first.createServer(account, "{\"name\":\"shared\",\"auth\":\"oauth\","
                + "\"allowed\":{\"emails\":[\"alice@example.com\"]}}");
        String id = created.get("id").asText();
        OAuthClientSimulation client = OAuthClientSimulation.register(first);
        List<Long> delays = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            JsonNode tokens = client.tokens(PUBLIC_URL + "/mcp/oauth/" + id, ALICE, false);
            String bearer = "Bearer " + tokens.get("access_token").asText();
            String onSecond = second.baseUrl() + "/mcp/oauth/" + id;
            assertThat(mcp(onSecond, bearer, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);
            String grant = json(first.admin("GET", "/integrated-account/" + account + "/mcp/" + id + "/grants", null))
                    .get("items").get(0).get("id").asText();

            assertThat(first.admin("DELETE", "/grants/" + grant, null).statusCode()).isEqualTo(204);
            long revoked = System.nanoTime();
            while (mcp(onSecond, bearer, TestServer.TOOLS_LIST).statusCode() == 200) {
                assertThat(millisSince(revoked)).as("still admitted after two seconds").isLessThan(2_000);
                Thread.sleep(10);
            }
            delays.add(millisSince(revoked));
        }
        System.out.println("revocation delay across two instances (ms): " + delays);
        assertThat(delays).allSatisfy(delay -> assertThat(delay).isLessThan(1_000));
    }

    @Test
    void aRefreshTokenRotatedOnOneInstanceAndReplayedOnTheOtherRevokesItsFamily() {
        String account = OAuthServerTest.createAccount(first, vendor.baseUrl());
        JsonNode created = first.createServer(account, "{\"name\":\"shared\",\"auth\":\"oauth\","
                + "\"allowed\":{\"emails\":[\"alice@example.com\"]}}");
        String url = created.get("url").asText();
        OAuthClientSimulation onFirst = OAuthClientSimulation.register(first);
        JsonNode tokens = onFirst.tokens(url, ALICE, false);
        assertThat(onFirst.refresh(tokens.get("refresh_token").asText()).statusCode()).isEqualTo(200);
        assertThat(onFirst.on(second).refresh(tokens.get("refresh_token").asText()).statusCode()).isEqualTo(400);
        assertThat(first.grants().grantsOfServer(created.get("id").asText())).isEmpty();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}

package dev.mdmmcp.server.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.store.TestStores;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthAndMetricsTest {

    private static WireMockServer vendor;

    @BeforeAll
    static void startVendor() {
        vendor = KnownDevice.startVendor();
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/d2")).willReturn(aResponse().withStatus(500)));
    }

    @AfterAll
    static void stopVendor() {
        vendor.stop();
    }

    @Test
    void readinessFailsWhileTheStoreIsUnreachableAndManagedRequestsGet503() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Server database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
        String yaml = TestServer.yaml(vendor.baseUrl())
                + "db_url: \"jdbc:h2:tcp://127.0.0.1:" + port + "/mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1\"\n"
                + "master_key: \"" + TestStores.MASTER_KEY + "\"\n";
        try (TestServer server = TestServer.start(yaml, Clock.systemUTC())) {
            String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
            String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"s\"}"));
            assertHealth(server.get("/observe/health/ready"), 200, "UP");
            assertHealth(server.get("/observe/health"), 200, "UP");

            database.stop();

            assertHealth(server.get("/observe/health/ready"), 503, "DOWN");
            HttpResponse<String> live = server.get("/observe/health/live");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(json(live).get("status").asText()).isEqualTo("UP");
            HttpResponse<String> admin = server.admin("GET", "/integrated-account", null);
            assertThat(admin.statusCode()).isEqualTo(503);
            assertThat(json(admin).get("error").asText()).isEqualTo("store_unavailable");
            assertThat(server.mcp("x" + token.substring(1), TestServer.TOOLS_LIST).statusCode())
                    .as("a token the lookup has not seen needs the store").isEqualTo(503);
            assertThat(server.mcp(TestConfigs.AUDIT_TOKEN, TestServer.TOOLS_LIST).statusCode())
                    .as("configured servers need no store").isEqualTo(200);

            database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
            long started = System.nanoTime();
            HttpResponse<String> ready = server.get("/observe/health/ready");
            while (ready.statusCode() != 200 && System.nanoTime() - started < 10_000_000_000L) {
                Thread.sleep(100);
                ready = server.get("/observe/health/ready");
            }
            assertHealth(ready, 200, "UP");
        } finally {
            database.stop();
        }
    }

    @Test
    void healthGrantsNoForeignPageARead() throws Exception {
        try (TestServer server = TestServer.start(vendor.baseUrl())) {
            HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/observe/health/ready")).header("Origin", "https://evil.example").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    private static void assertHealth(HttpResponse<String> response, int status, String state) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json(response).get("status").asText()).isEqualTo(state);
        assertThat(json(response).at("/checks/0/name").asText()).isEqualTo("store");
        assertThat(json(response).at("/checks/0/status").asText()).isEqualTo(state);
        assertThat(json(response).at("/checks/1/name").asText()).isEqualTo("listeners");
        assertThat(json(response).at("/checks/1/status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsCountToolCallsByVendorToolAndOutcomeAndTimeTheVendor() {
        try (TestServer server = TestServer.start(vendor.baseUrl())) {
            String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
            String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"s\"}"));
            server.createServer(account, "{\"name\":\"another\"}");
            server.mcp(token, KnownDevice.GET_DEVICE);
            server.mcp(TestConfigs.ADMIN_TOKEN, KnownDevice.GET_DEVICE);
            server.mcp(token, TestServer.toolsCall("get_device", "{\"device_id\":\"d2\"}"));
            server.mcp(token, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"get_device\"}}");

            HttpResponse<String> response = server.get("/observe/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
            assertThat(response.body().lines())
                    .contains("# TYPE mdm_mcp_tool_calls_total counter",
                            "mdm_mcp_tool_calls_total{vendor=\"acmemdm\",tool=\"get_device\",outcome=\"invalid_arguments\"} 1",
                            "mdm_mcp_tool_calls_total{vendor=\"acmemdm\",tool=\"get_device\",outcome=\"ok\"} 2",
                            "mdm_mcp_tool_calls_total{vendor=\"acmemdm\",tool=\"get_device\",outcome=\"upstream_error\"} 1",
                            "# TYPE mdm_mcp_upstream_latency_seconds histogram",
                            "mdm_mcp_upstream_latency_seconds_bucket{vendor=\"acmemdm\",tool=\"get_device\",le=\"+Inf\"} 3",
                            "mdm_mcp_upstream_latency_seconds_count{vendor=\"acmemdm\",tool=\"get_device\"} 3",
                            "# TYPE mdm_mcp_active_servers gauge",
                            "mdm_mcp_active_servers{source=\"config\"} 4",
                            "mdm_mcp_active_servers{source=\"store\"} 2");
            assertThat(response.body()).containsPattern(
                    "mdm_mcp_upstream_latency_seconds_sum\\{vendor=\"acmemdm\",tool=\"get_device\"} 0\\.\\d+");
        }
    }
}

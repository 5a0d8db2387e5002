package dev.mdmmcp.server.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.McpTestClients.call;
import static dev.mdmmcp.server.McpTestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ServerConfig;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dead vendor behind a real server: the breaker turns it into fast errors and recovers by itself. */
class CircuitBreakerEndToEndTest {

    private static final Map<String, Object> DEVICE = Map.of("device_id", "d1");

    private WireMockServer vendor;
    private MdmMcpServer server;
    private McpTestClients clients;
    private McpSyncClient client;

    @BeforeEach
    void start() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        server = MdmMcpServer.start(ServerConfig.fromYaml("""
                host: 127.0.0.1
                port: 0
                data_dir: %3$s
                accounts:
                  mdm:
                    vendor: acmemdm
                    base_url: %s
                    credentials: {api_token: t}
                    circuit_breaker: {failures: 3, open_seconds: 0.5}
                servers:
                  admin: {account: mdm, token: %s}
                """.formatted(vendor.baseUrl(), TestConfigs.ADMIN_TOKEN, TestConfigs.freshDataDir()), Map.of(),
                TestConfigs.catalogs()));
        clients = new McpTestClients();
        client = clients.connect(server, TestConfigs.ADMIN_TOKEN);
    }

    @AfterEach
    void stop() {
        clients.close();
        server.close();
        vendor.stop();
    }

    @Test
    void aDeadVendorGivesFastClearErrorsAndAProbeClosesTheBreakerWhenItIsBack() throws Exception {
        vendor.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));

        CallToolResult first = call(client, "get_device", DEVICE);
        CallToolResult second = call(client, "get_device", DEVICE);
        long started = System.nanoTime();
        CallToolResult open = call(client, "get_device", DEVICE);
        long openMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(text(first)).startsWith("AcmeMDM failed with a server error (HTTP 503)");
        assertThat(text(second)).startsWith("AcmeMDM failed with a server error (HTTP 503)");
        // The first call was sent twice (a read's one retry); the second opened the breaker, so was not retried.
        vendor.verify(3, anyRequestedFor(anyUrl()));
        assertThat(text(open)).startsWith("Calls to AcmeMDM for account 'mdm' are paused: AcmeMDM failed 3 requests in a"
                + " row (no answer, no connection, or server errors), so it seems to be down. No request was sent.");
        assertThat(openMillis).isLessThan(1_000);

        vendor.resetAll();
        vendor.stubFor(get(anyUrl()).willReturn(okJson("{\"device_id\":\"d1\"}")));
        Thread.sleep(600);
        CallToolResult probe = call(client, "get_device", DEVICE);
        CallToolResult after = call(client, "get_device", DEVICE);

        assertThat(probe.isError()).as(text(probe)).isFalse();
        assertThat(after.isError()).as(text(after)).isFalse();
        vendor.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void unreachableAndBrokenConnectionsCountAsFailuresButAnswersOfAnyOtherKindDoNot() {
        vendor.stubFor(get("/api/v1/devices/gone").willReturn(aResponse().withStatus(404)));
        vendor.stubFor(get("/api/v1/devices/d1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (int i = 0; i < 5; i++) {
            assertThat(text(call(client, "get_device", Map.of("device_id", "gone")))).contains("HTTP 404");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(text(call(client, "get_device", DEVICE))).contains("the connection broke");
        }
        CallToolResult open = call(client, "get_device", DEVICE);

        assertThat(text(open)).contains("are paused: AcmeMDM failed 3 requests in a row");
    }
}

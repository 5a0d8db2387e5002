package dev.mdmmcp.server.fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.McpTestClients.call;
import static dev.mdmmcp.server.McpTestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.mdmmcp.server.LiveThreads;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ServerConfig;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults of a vendor, injected with WireMock, through the MCP Java SDK client: each gives its
 * documented tool error, and the server keeps answering and keeps no thread behind.
 */
class UpstreamFaultsEndToEndTest {

    private static final Map<String, Object> DEVICE = Map.of("device_id", "d1");
    private static final Map<String, Object> UPDATE = Map.of("device_id", "d1", "asset_tag", "A-7");

    private static WireMockServer vendor;
    private static MdmMcpServer server;
    private static McpTestClients clients;
    private static McpSyncClient client;
    /** A client of a vendor whose search is a read sent as POST. */
    private static McpSyncClient searchClient;

    @BeforeAll
    static void start() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        // Small timeouts keep the test short; a breaker that never opens keeps the faults apart.
        server = MdmMcpServer.start(ServerConfig.fromYaml("""
                host: 127.0.0.1
                port: 0
                data_dir: %4$s
                accounts:
                  mdm:
                    vendor: acmemdm
                    base_url: %1$s
                    credentials: {api_token: t}
                    timeouts: {connect_seconds: 0.5, read_seconds: 2}
                    max_response_bytes: 65536
                    circuit_breaker: {failures: 1000}
                  key:
                    vendor: acmekey
                    base_url: %1$s
                    credentials: {api_key: k, org_id: o, tenant_secret: s}
                    timeouts: {connect_seconds: 0.5, read_seconds: 2}
                    circuit_breaker: {failures: 1000}
                servers:
                  admin: {account: mdm, token: %2$s}
                  key: {account: key, token: %3$s}
                """.formatted(vendor.baseUrl(), TestConfigs.ADMIN_TOKEN, TestConfigs.KEY_TOKEN, TestConfigs.freshDataDir()),
                Map.of(), TestConfigs.catalogs()));
        clients = new McpTestClients();
        client = clients.connect(server, TestConfigs.ADMIN_TOKEN);
        searchClient = clients.connect(server, TestConfigs.KEY_TOKEN);
    }

    @AfterAll
    static void stop() {
        clients.close();
        server.close();
        vendor.stop();
    }

    @BeforeEach
    void resetVendor() {
        vendor.resetAll();
    }

    /**
     * One fault: how WireMock misbehaves, the call that meets it, the start of the tool error, and
     * how many requests the vendor must have seen.
     */
    record FaultCase(String name, Consumer<WireMockServer> stubs, String tool, Map<String, Object> arguments,
            String error, int requests) {

        McpSyncClient client() {
            return tool.equals("search_assets") ? searchClient : UpstreamFaultsEndToEndTest.client;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Consumer<WireMockServer> stub(MappingBuilder mapping) {
        return wireMock -> wireMock.stubFor(mapping);
    }

    static Stream<FaultCase> faults() {
        return Stream.of(
                new FaultCase("read slower than the timeout", stub(get(anyUrl()).willReturn(okJson("{}").withFixedDelay(6000))),
                        "get_device", DEVICE, "AcmeMDM timed out: no complete answer within 2 s. Try again, perhaps with"
                                + " a smaller limit or narrower filters.", 1),
                new FaultCase("write slower than the timeout", stub(patch(anyUrl()).willReturn(okJson("{}").withFixedDelay(6000))),
                        "update_device", UPDATE, "AcmeMDM timed out: no complete answer within 2 s. The outcome is unknown:"
                                + " the change may or may not have been applied. Check with a read tool before repeating it;"
                                + " do not repeat it blindly.", 1),
                new FaultCase("body that stalls midway", stub(get(anyUrl()).willReturn(okJson("{\"device_id\":\"d1\"}")
                        .withChunkedDribbleDelay(4, 6000))),
                        "get_device", DEVICE, "AcmeMDM timed out: no complete answer within 2 s.", 1),
                // Java's HTTP client sends a GET once more itself when the connection closes before the answer.
                new FaultCase("connection reset on a read", stub(get(anyUrl()).willReturn(aResponse()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER))),
                        "get_device", DEVICE, "AcmeMDM's answer broke off: the connection broke (", 2),
                new FaultCase("connection reset on a read sent as POST", stub(post(anyUrl()).willReturn(aResponse()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER))),
                        "search_assets", Map.of("query", "mac"), "AcmeKey's answer broke off: the connection broke (", 2),
                new FaultCase("connection reset on a write", stub(post(anyUrl()).willReturn(aResponse()
                        .withFault(Fault.CONNECTION_RESET_BY_PEER))),
                        "send_blank_push", DEVICE, "AcmeMDM's answer broke off: the connection broke (", 1),
                new FaultCase("empty response", stub(get(anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE))),
                        "get_device", DEVICE, "AcmeMDM's answer broke off: the connection broke (", 2),
                new FaultCase("garbage instead of HTTP", stub(get(anyUrl()).willReturn(aResponse()
                        .withFault(Fault.RANDOM_DATA_THEN_CLOSE))),
                        "get_device", DEVICE, "AcmeMDM's answer broke off: the connection broke (", 1),
                new FaultCase("chunked garbage", stub(get(anyUrl()).willReturn(aResponse()
                        .withFault(Fault.MALFORMED_RESPONSE_CHUNK))),
                        "get_device", DEVICE, "AcmeMDM's answer broke off: the connection broke (", 1),
                new FaultCase("chunked garbage on a read sent as POST", stub(post(anyUrl()).willReturn(aResponse()
                        .withFault(Fault.MALFORMED_RESPONSE_CHUNK))),
                        "search_assets", Map.of("query", "mac"), "AcmeKey's answer broke off: the connection broke (", 2),
                new FaultCase("empty body where a list was expected", stub(get(anyUrl()).willReturn(aResponse().withStatus(200))),
                        "list_devices", Map.of(), "AcmeMDM answered HTTP 200 with an empty body where a list was expected.", 1),
                new FaultCase("body that is not JSON", stub(get(anyUrl()).willReturn(aResponse().withStatus(200)
                        .withBody("<html>maintenance</html>"))),
                        "get_device", DEVICE, "AcmeMDM answered HTTP 200 with a body that is not valid JSON:"
                                + " \"<html>maintenance</html>\".", 1),
                new FaultCase("truncated JSON", stub(get(anyUrl()).willReturn(okJson("{\"device_id\":\"d1\",\"user\":{"))),
                        "get_device", DEVICE, "AcmeMDM answered HTTP 200 with a truncated JSON body", 1),
                new FaultCase("huge body", stub(get(anyUrl()).willReturn(okJson("[" + "{\"device_id\":\"d\"},".repeat(20_000)
                        + "{}]"))),
                        "list_devices", Map.of(), "AcmeMDM answered HTTP 200 with a body larger than the 65536 bytes this"
                                + " server accepts for the account; it was not read. Ask for less", 1),
                new FaultCase("huge chunked body", stub(get(anyUrl()).willReturn(okJson("[" + "{\"device_id\":\"d\"},"
                        .repeat(20_000) + "{}]").withChunkedDribbleDelay(50, 100))),
                        "list_devices", Map.of(), "AcmeMDM answered HTTP 200 with a body larger than the 65536 bytes", 1),
                new FaultCase("5xx burst on a read", stub(get(anyUrl()).willReturn(aResponse().withStatus(503)
                        .withBody("{\"message\":\"Service Unavailable\"}"))),
                        "get_device", DEVICE, "AcmeMDM failed with a server error (HTTP 503): Service Unavailable. This is a"
                                + " problem on AcmeMDM's side; try again in a minute.", 2),
                new FaultCase("5xx on a write", stub(patch(anyUrl()).willReturn(aResponse().withStatus(504))),
                        "update_device", UPDATE, "AcmeMDM failed with a server error (HTTP 504). The change may or may not"
                                + " have been applied: check with a read tool before trying again.", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultGivesItsToolErrorAndTheServerAnswersAfterwards(FaultCase fault) {
        fault.stubs().accept(vendor);

        long started = System.nanoTime();
        CallToolResult result = call(fault.client(), fault.tool(), fault.arguments());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(result.isError()).as(text(result)).isTrue();
        assertThat(text(result)).startsWith(fault.error());
        assertThat(millis).as("bounded by connect + read timeout").isLessThan(3_500);
        vendor.verify(fault.requests(), anyRequestedFor(anyUrl()));
        assertServerAnswersNormally();
    }

    @Test
    void aPassing5xxOnAReadIsRetriedOnce() {
        vendor.stubFor(get(anyUrl()).inScenario("burst").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
        vendor.stubFor(get(anyUrl()).inScenario("burst").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"device_id\":\"d1\"}")));

        CallToolResult result = call(client, "get_device", DEVICE);

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("device_id", "d1"));
        vendor.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void afterFaultsAtOnceTheServerAnswersAndNoThreadIsLeftBehind() throws Exception {
        List<String> devices = List.of("slow", "stall", "reset", "chunks", "garbage", "html", "down", "huge");
        try (McpTestClients parallel = new McpTestClients()) {
            List<McpSyncClient> own = new ArrayList<>();
            for (int i = 0; i <= devices.size(); i++) {
                own.add(parallel.connect(server, TestConfigs.ADMIN_TOKEN));
                assertServerAnswersNormally(own.get(i));
            }
            int baseline = LiveThreads.list().size();
            vendor.stubFor(get("/api/v1/devices/slow").willReturn(okJson("{}").withFixedDelay(6000)));
            vendor.stubFor(get("/api/v1/devices/stall").willReturn(okJson("{\"device_id\":\"d1\"}")
                    .withChunkedDribbleDelay(4, 6000)));
            vendor.stubFor(get("/api/v1/devices/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            vendor.stubFor(get("/api/v1/devices/chunks").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
            vendor.stubFor(get("/api/v1/devices/garbage").willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
            vendor.stubFor(get("/api/v1/devices/html").willReturn(aResponse().withStatus(200).withBody("<html>")));
            vendor.stubFor(get("/api/v1/devices/down").willReturn(aResponse().withStatus(503)));
            vendor.stubFor(get("/api/v1/devices/huge").willReturn(okJson("{\"x\":\"" + "x".repeat(100_000) + "\"}")));
            vendor.stubFor(patch("/api/v1/devices/slow").willReturn(okJson("{}").withFixedDelay(6000)));

            List<Future<CallToolResult>> results = new ArrayList<>();
            try (ExecutorService callers = Executors.newFixedThreadPool(devices.size() + 1)) {
                for (int i = 0; i < devices.size(); i++) {
                    McpSyncClient caller = own.get(i);
                    Map<String, Object> arguments = Map.of("device_id", devices.get(i));
                    results.add(callers.submit(() -> call(caller, "get_device", arguments)));
                }
                McpSyncClient writer = own.get(devices.size());
                results.add(callers.submit(() -> call(writer, "update_device", Map.of("device_id", "slow", "asset_tag", "A-7"))));
            }
            for (Future<CallToolResult> result : results) {
                assertThat(result.get().isError()).isTrue();
            }

            for (McpSyncClient caller : own) {
                assertServerAnswersNormally(caller);
            }
            List<String> after = LiveThreads.settleTo(baseline, Duration.ofSeconds(5));
            assertThat(after).as("live threads after the faults, against %d before", baseline)
                    .hasSizeLessThanOrEqualTo(baseline);
        }
    }

    private static void assertServerAnswersNormally() {
        assertServerAnswersNormally(client);
    }

    private static void assertServerAnswersNormally(McpSyncClient client) {
        vendor.stubFor(get("/api/v1/devices/healthy").willReturn(okJson("{\"device_id\":\"healthy\"}")));
        CallToolResult result = call(client, "get_device", Map.of("device_id", "healthy"));
        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("device_id", "healthy"));
    }
}

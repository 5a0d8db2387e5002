package dev.mdmmcp.it.budget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's proof against the Kandji simulator itself, which enforces Kandji's 50 requests per
 * second and 10,000 per hour per tenant and answers 429 beyond: 16 MCP clients on separate
 * connections hammer one account. The account's hour is set to 250 requests, so its 80% share
 * (200) is spent within seconds and the rest of the calls must fail fast with the budget message
 * instead of reaching the tenant. One concurrency slot per client: the bound on concurrent calls
 * is tested on its own, and here a busy refusal would blur which limit refused a call.
 */
class KandjiSimulatorBudgetTest {

    private static final String TOKEN = "kandji-budget-test-token-0123456789abcdef";
    private static final int CLIENTS = 16;
    private static final int CALLS_PER_CLIENT = 15;
    private static final int SHARE_OF_THE_HOUR = 200;

    @Test
    void sixteenClientsCauseNoUpstream429AndCallsBeyondTheShareFailFastWithTheBudgetMessage() throws Exception {
        try (VendorSimulator kandji = VendorSimulator.start("kandji", SimulatorSettings.defaults().withDevices(20));
                MdmMcpServer server = MdmMcpServer.start(ServerConfig.fromYaml(config(kandji), Map.of()))) {
            List<McpSyncClient> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(connect(server.port()));
            }
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long started = System.nanoTime();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (McpSyncClient client : clients) {
                    running.add(pool.submit(() -> hammer(client, outcomes)));
                }
                for (Future<?> each : running) {
                    each.get();
                }
            } finally {
                pool.shutdown();
                clients.forEach(McpSyncClient::closeGracefully);
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            List<Outcome> served = outcomes.stream().filter(outcome -> !outcome.error()).toList();
            List<Outcome> refused = outcomes.stream().filter(Outcome::error).toList();
            assertThat(kandji.traffic().throttled()).as("429s the tenant answered").isZero();
            assertThat(kandji.traffic().requests()).as("requests that reached the tenant").isEqualTo(SHARE_OF_THE_HOUR);
            assertThat(served).hasSize(SHARE_OF_THE_HOUR);
            assertThat(refused).hasSize(CLIENTS * CALLS_PER_CLIENT - SHARE_OF_THE_HOUR)
                    .allSatisfy(outcome -> {
                        assertThat(outcome.text()).contains("hourly request budget of account 'kandji' is spent")
                                .contains("No request was sent to Kandji");
                        // A call waits at most 2 s for budget; a refusal does not wait, so it ends sooner.
                        assertThat(outcome.millis()).as("a refusal is immediate").isLessThan(2_000);
                    });
            // 200 requests at the account's 40 per second (80% of 50) take at least about 4 seconds.
            assertThat(seconds).as("seconds for the served share").isGreaterThan(SHARE_OF_THE_HOUR / 40.0 - 1.5);
        }
    }

    private static void hammer(McpSyncClient client, ConcurrentLinkedQueue<Outcome> outcomes) {
        for (int i = 0; i < CALLS_PER_CLIENT; i++) {
            long started = System.nanoTime();
            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("list_devices")
                    .arguments(Map.of("limit", 1)).build());
            outcomes.add(new Outcome(Boolean.TRUE.equals(result.isError()), text(result),
                    (System.nanoTime() - started) / 1_000_000));
        }
    }

    private record Outcome(boolean error, String text, long millis) {
    }

    private static String config(VendorSimulator kandji) {
        String credentials = kandji.credentials().entrySet().stream()
                .map(entry -> "      " + entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
        return """
                host: 127.0.0.1
                port: 0
                data_dir: target/test-stores/%s
                accounts:
                  kandji:
                    vendor: kandji
                    base_url: %s
                    credentials:
                %s
                    rate_limits: {per_hour: 250}
                    max_concurrency: 16
                servers:
                  hammered:
                    account: kandji
                    token: %s
                """.formatted(UUID.randomUUID(), kandji.baseUrl(), credentials, TOKEN);
    }

    private static McpSyncClient connect(int port) {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                        .endpoint("/mcp/" + TOKEN).build())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
        client.initialize();
        return client;
    }

    private static String text(McpSchema.CallToolResult result) {
        return result.content().stream()
                .filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text())
                .collect(Collectors.joining("\n"));
    }
}

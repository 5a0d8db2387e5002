package dev.mdmmcp.server.budget;

import static dev.mdmmcp.server.McpTestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.budget.BudgetHammer.Outcome;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.managed.ServerProcess;
import dev.mdmmcp.server.store.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two {@code mdm-mcp serve} processes on one PostgreSQL database, each configured with the same
 * Kandji account (same vendor and base URL: one tenant), hammered at once against a tenant that
 * enforces Kandji's 50 per second and 10,000 per hour. Each process alone would send 40 per second
 * and its own 8,000 per hour; only a budget shared through the store keeps the two inside one.
 */
class SharedBudgetAcrossProcessesTest {

    private static final String BUDGET_SPENT = "The hourly request budget of account 'kandji' is spent: 8000 requests in"
            + " the last hour, 80% of Kandji's 10000 per hour for the tenant";

    private RateLimitedUpstream kandji;
    private final List<ServerProcess> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(ServerProcess::close);
        if (kandji != null) {
            kandji.close();
        }
    }

    @Test
    void twoServerProcessesOnOnePostgresqlStayInsideOneBudgetTogether() throws Exception {
        kandji = new RateLimitedUpstream(50, 10_000);
        ManagedConfig store = TestStores.sharedConfig(TestStores.Engine.POSTGRESQL);
        // The hour is not waited out: all but 60 of the share was spent half an hour ago.
        SpentHour.leave(60, store, kandji);
        List<ServerProcess> servers = startTwo(store);

        List<Outcome> outcomes;
        try (McpTestClients clients = new McpTestClients()) {
            outcomes = BudgetHammer.hammer(clients, servers.stream().map(ServerProcess::baseUrl).toList(),
                    TestConfigs.ADMIN_TOKEN, 8, 8);
        }

        assertThat(kandji.refused()).as("429s from the tenant").isZero();
        assertThat(kandji.served()).isEqualTo(60);
        assertThat(outcomes.stream().filter(Outcome::ok)).hasSize(60);
        for (int server = 0; server < 2; server++) {
            int instance = server;
            List<Outcome> asked = outcomes.stream().filter(outcome -> outcome.server() == instance).toList();
            assertThat(asked).as("instance %d served some calls", instance).anyMatch(Outcome::ok);
            // 64 calls per instance and 60 for both: each instance is refused some, with the shared budget's message.
            assertThat(asked.stream().filter(outcome -> !outcome.ok())).as("instance %d refused", instance).isNotEmpty()
                    .allSatisfy(outcome -> {
                        assertThat(text(outcome.result())).startsWith(BUDGET_SPENT)
                                .contains("No request was sent to Kandji.");
                        // A call waits at most 2 s for budget; a refusal does not wait, so it ends sooner
                        // (measured from the client on a shared machine, so the margin is all of those 2 s).
                        assertThat(outcome.millis()).as("a refusal fails fast").isLessThan(2_000);
                    });
        }
    }

    /** Both processes, started at once on the store {@code store}, with one configured Kandji account. */
    private List<ServerProcess> startTwo(ManagedConfig store) throws Exception {
        Path runs = Path.of("target", "process-runs", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(runs);
        Path config = Files.writeString(runs.resolve("mdm-mcp.yaml"), """
                host: 127.0.0.1
                port: 0
                accounts:
                  kandji:
                    vendor: kandji
                    base_url: %s
                    credentials: {api_token: t}
                servers:
                  fleet: {account: kandji, token: %s}
                """.formatted(kandji.baseUrl(), TestConfigs.ADMIN_TOKEN));
        Map<String, String> environment = new HashMap<>(Map.of(
                "MDM_MCP_CONFIG", config.toString(),
                "MDM_MCP_DB_URL", store.dbUrl().orElseThrow(),
                "MDM_MCP_MASTER_KEY", TestStores.MASTER_KEY));
        store.dbUser().ifPresent(user -> environment.put("MDM_MCP_DB_USER", user));
        store.dbPassword().ifPresent(password -> environment.put("MDM_MCP_DB_PASSWORD", password.reveal()));
        try (ExecutorService starting = Executors.newFixedThreadPool(2)) {
            Future<ServerProcess> a = starting.submit(() -> ServerProcess.serve(runs.resolve("a"), environment));
            Future<ServerProcess> b = starting.submit(() -> ServerProcess.serve(runs.resolve("b"), environment));
            ExecutionException failed = null;
            for (Future<ServerProcess> started : List.of(a, b)) {
                try {
                    processes.add(started.get());
                } catch (ExecutionException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
        return List.copyOf(processes);
    }
}

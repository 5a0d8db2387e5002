package dev.mdmmcp.server.budget;

import static dev.mdmmcp.server.McpTestClients.call;
import static dev.mdmmcp.server.McpTestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.budget.BudgetHammer.Outcome;
import dev.mdmmcp.server.config.ManagedConfig;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.TestStores;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real Kandji catalog against a tenant that enforces Kandji's limits (50 per second, 10,000
 * per hour) over sliding windows and answers 429 beyond, hammered through MCP Java SDK clients on
 * connections of their own. The hour is not waited out: the account and the tenant start with most
 * of it used. The budget holds at the moment of sending (at most 40 per second); arrivals at the
 * tenant may bunch by a few requests in flight, which the 20% headroom absorbs: zero 429s is the
 * proof.
 */
class RateBudgetEndToEndTest {

    private static final String BUDGET_SPENT = "The hourly request budget of account 'kandji' is spent: 8000 requests in"
            + " the last hour, 80% of Kandji's 10000 per hour for the tenant";

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    private <T extends AutoCloseable> T closing(T resource) {
        resources.add(resource);
        return resource;
    }

    private static ServerConfig config(String upstream, String settings) {
        return config(upstream, settings, TestStores.managedConfig(TestStores.Engine.H2));
    }

    /** A Kandji account on {@code upstream} with {@code settings}, two servers of it, the store {@code store}. */
    private static ServerConfig config(String upstream, String settings, ManagedConfig store) {
        return ServerConfig.fromYaml("""
                host: 127.0.0.1
                port: 0
                %s
                accounts:
                  kandji:
                    vendor: kandji
                    base_url: %s
                    credentials: {api_token: t}
                %s
                servers:
                  fleet: {account: kandji, token: %s}
                  audit: {account: kandji, token: %s, methods: [read]}
                """.formatted(TestStores.yaml(store).strip(), upstream, settings.indent(4),
                TestConfigs.ADMIN_TOKEN, TestConfigs.AUDIT_TOKEN), Map.of(), TestConfigs.catalogs());
    }

    /** {@code clientsPerServer} clients on each server, each making {@code calls} calls one after another, all at once. */
    private List<Outcome> hammer(List<MdmMcpServer> servers, int clientsPerServer, int calls) throws Exception {
        List<String> baseUrls = servers.stream().map(server -> "http://127.0.0.1:" + server.port()).toList();
        return BudgetHammer.hammer(closing(new McpTestClients()), baseUrls, TestConfigs.ADMIN_TOKEN, clientsPerServer,
                calls);
    }

    @Test
    void sixteenClientsOnOneKandjiAccountCauseNo429AndCallsBeyondTheShareFailFast() throws Exception {
        RateLimitedUpstream kandji = closing(new RateLimitedUpstream(50, 10_000));
        // A store named by db_url keeps the budget, so the spent hour can be written into it first.
        ManagedConfig store = TestStores.sharedConfig(TestStores.Engine.H2);
        SpentHour.leave(100, store, kandji);
        MdmMcpServer server = closing(MdmMcpServer.start(config(kandji.baseUrl(), "", store)));

        List<Outcome> outcomes = hammer(List.of(server), 16, 12);

        List<Outcome> ok = outcomes.stream().filter(Outcome::ok).toList();
        List<Outcome> refused = outcomes.stream().filter(outcome -> !outcome.ok()).toList();
        assertThat(kandji.refused()).as("429s from the tenant").isZero();
        assertThat(ok).hasSize(100);
        assertThat(kandji.served()).isEqualTo(100);
        assertThat(refused).hasSize(16 * 12 - 100).allSatisfy(outcome -> {
            assertThat(text(outcome.result())).startsWith(BUDGET_SPENT).contains("No request was sent to Kandji.")
                    .containsPattern("Budget returns in \\d+ s \\(at ");
            // Far below the two seconds a call may wait for its turn: a refusal does not wait.
            assertThat(outcome.millis()).as("a refusal fails fast").isLessThan(1_000);
        });
        // Every result carries the budget: the hour spent, the second's share known.
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.result().meta()).containsKey("budget"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> budget = (Map<String, Map<String, Object>>) refused.get(0).result().meta().get("budget");
        assertThat(budget.get("per_hour")).containsEntry("limit", 8000).containsEntry("remaining", 0);
        assertThat(budget.get("per_second")).containsEntry("limit", 40);
    }

    @Test
    void onTheEmbeddedStoreBudgetsAreKeptInMemoryAndNotWrittenPerCall() throws Exception {
        RateLimitedUpstream kandji = closing(new RateLimitedUpstream(50, 10_000));
        ManagedConfig embedded = TestStores.managedConfig(TestStores.Engine.H2);
        try (MdmMcpServer server = MdmMcpServer.start(config(kandji.baseUrl(), "", embedded))) {
            List<Outcome> outcomes = hammer(List.of(server), 1, 3);
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.ok()).isTrue());
        }

        try (Store store = Store.open(embedded)) {
            int books = store.database().read("count rate budgets", connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM rate_budget")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(books).isZero();
        }
    }

    @Test
    void aBurstIsSmoothedIntoTheShareOfEachSecondInsteadOfRefused() throws Exception {
        RateLimitedUpstream kandji = closing(new RateLimitedUpstream(50, 10_000));
        MdmMcpServer server = closing(MdmMcpServer.start(config(kandji.baseUrl(), "")));

        long started = System.nanoTime();
        List<Outcome> outcomes = hammer(List.of(server), 16, 6);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.ok()).as(text(outcome.result())).isTrue());
        assertThat(kandji.refused()).isZero();
        // 96 calls at 40 per second cannot take less than two seconds.
        assertThat(millis).isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void concurrentRequestsOfAnAccountAreBoundedAndTheRestWaitOrFailClearly() throws Exception {
        RateLimitedUpstream kandji = closing(new RateLimitedUpstream(50, 10_000));
        kandji.answerAfter(Duration.ofMillis(300));
        MdmMcpServer server = closing(MdmMcpServer.start(config(kandji.baseUrl(), """
                max_concurrency: 2
                rate_limits: {max_wait_seconds: 0.5}
                """)));

        List<Outcome> outcomes = hammer(List.of(server), 8, 1);

        assertThat(kandji.mostInFlight()).isBetween(1, 2);
        List<Outcome> busy = outcomes.stream().filter(outcome -> !outcome.ok()).toList();
        // 300 ms per request, two at a time, half a second of waiting: some wait their turn, the rest are refused.
        assertThat(outcomes.stream().filter(Outcome::ok).count()).isBetween(2L, 6L);
        assertThat(busy).isNotEmpty().allSatisfy(outcome -> assertThat(text(outcome.result())).isEqualTo(
                "Account 'kandji' already has 2 requests to Kandji under way (its max_concurrency), and none finished"
                        + " within 0.5 s. No request was sent to Kandji. Try again in a few seconds, with fewer calls at once."));
        assertThat(kandji.served()).isEqualTo(outcomes.size() - busy.size());
    }

    @Test
    void aVendor429PausesTheAccountUntilTheVendorsReset() throws Exception {
        RateLimitedUpstream kandji = closing(new RateLimitedUpstream(50, 10_000));
        // The tenant's other integrations spent its hour ten minutes ago; this server could not know.
        kandji.usedEarlier(10_000, Duration.ofMinutes(50));
        MdmMcpServer server = closing(MdmMcpServer.start(config(kandji.baseUrl(), "")));
        McpSyncClient client = closing(new McpTestClients()).connect(server, TestConfigs.ADMIN_TOKEN);

        CallToolResult throttled = call(client, "get_device", Map.of("device_id", "d1"));
        long started = System.nanoTime();
        CallToolResult paused = call(client, "get_device", Map.of("device_id", "d1"));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(text(throttled)).startsWith("Kandji's API quota for this account is used up (HTTP 429): Request was"
                + " throttled.. The request was not carried out. Retry after 600 seconds, not sooner.");
        assertThat(text(paused)).startsWith("Kandji answered an earlier request of account 'kandji' with HTTP 429 (quota"
                + " used up), so the account waits for Kandji's reset. No request was sent to Kandji. Budget returns in 600 s");
        // A call waits at most 2 s for budget; this one did not wait, so it ended sooner.
        assertThat(millis).isLessThan(2_000);
        assertThat(kandji.refused()).isEqualTo(1);
        assertThat(kandji.served()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> vendorCap = ((Map<String, Map<String, Object>>) paused.meta().get("budget")).get("vendor");
        assertThat(vendorCap).containsEntry("remaining", 0).containsEntry("reset", 600);
    }

    @Test
    void aChattyServerCannotMakeAnotherServerOfTheAccountWaitBehindAllItsCalls() throws Exception {
        RateLimitedUpstream kandji = closing(new RateLimitedUpstream(50, 10_000));
        kandji.answerAfter(Duration.ofMillis(150));
        MdmMcpServer server = closing(MdmMcpServer.start(config(kandji.baseUrl(), "max_concurrency: 1")));
        McpTestClients clients = closing(new McpTestClients());
        List<McpSyncClient> chatty = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            chatty.add(clients.connect(server, TestConfigs.ADMIN_TOKEN));
        }
        McpSyncClient quiet = clients.connect(server, TestConfigs.AUDIT_TOKEN);

        List<Future<Long>> chattyDone = new ArrayList<>();
        Future<Long> quietDone;
        try (ExecutorService callers = Executors.newFixedThreadPool(9)) {
            for (McpSyncClient client : chatty) {
                chattyDone.add(callers.submit(() -> finishedAt(client, "chatty")));
            }
            // Let the chatty server's calls queue up first.
            Thread.sleep(300);
            quietDone = callers.submit(() -> finishedAt(quiet, "quiet"));
        }

        long quietAt = quietDone.get();
        long chattyAfterQuiet = 0;
        for (Future<Long> done : chattyDone) {
            chattyAfterQuiet += done.get() > quietAt ? 1 : 0;
        }
        // First come, first served would put the quiet call behind every queued chatty call.
        assertThat(chattyAfterQuiet).as("chatty calls finished after the quiet one").isGreaterThanOrEqualTo(3);
    }

    private static long finishedAt(McpSyncClient client, String device) {
        CallToolResult result = call(client, "get_device", Map.of("device_id", device));
        assertThat(result.isError()).as(text(result)).isFalse();
        return System.nanoTime();
    }
}

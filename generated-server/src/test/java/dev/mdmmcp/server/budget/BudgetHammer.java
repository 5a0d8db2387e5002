package dev.mdmmcp.server.budget;

import static dev.mdmmcp.server.McpTestClients.call;

import dev.mdmmcp.server.McpTestClients;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** MCP clients calling {@code get_device} on one or more servers (in this JVM or other processes) all at once. */
final class BudgetHammer {

    /**
     * What one call gave and how long it took.
     *
     * @param server the index of the server it was sent to
     */
    record Outcome(CallToolResult result, long millis, int server) {
        boolean ok() {
            return !result.isError();
        }
    }

    private BudgetHammer() {
    }

    /**
     * {@code clientsPerServer} clients on each of {@code baseUrls}, connected to {@code /mcp/<token>},
     * each making {@code calls} calls one after another, all at once.
     */
    static List<Outcome> hammer(McpTestClients clients, List<String> baseUrls, String token, int clientsPerServer,
            int calls) throws Exception {
        List<McpSyncClient> connected = new ArrayList<>();
        List<Integer> serverOf = new ArrayList<>();
        for (int server = 0; server < baseUrls.size(); server++) {
            for (int i = 0; i < clientsPerServer; i++) {
                connected.add(clients.connect(baseUrls.get(server), token));
                serverOf.add(server);
            }
        }
        List<Future<List<Outcome>>> running = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(connected.size())) {
            for (int c = 0; c < connected.size(); c++) {
                McpSyncClient client = connected.get(c);
                int server = serverOf.get(c);
                String device = "device-" + c;
                running.add(callers.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < calls; i++) {
                        long started = System.nanoTime();
                        CallToolResult result = call(client, "get_device", Map.of("device_id", device));
                        outcomes.add(new Outcome(result, (System.nanoTime() - started) / 1_000_000, server));
                    }
                    return outcomes;
                }));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> future : running) {
            outcomes.addAll(future.get());
        }
        return outcomes;
    }
}

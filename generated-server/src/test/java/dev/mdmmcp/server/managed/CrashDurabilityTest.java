package dev.mdmmcp.server.managed;

import static dev.mdmmcp.server.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable on the embedded store: writers create accounts and servers, revoke
 * servers and delete accounts through the admin API of a server process that is killed with
 * SIGKILL at random moments, again and again. After every restart each write answered 2xx is
 * there, each revoked URL is refused, and nothing is half-written (a server never outlives its
 * account). Writes in flight at the kill may have happened or not; they are not checked.
 */
class CrashDurabilityTest {

    private static final String ADMIN_TOKEN = "crash-admin-token-0123456789abcdefghijklmnop";
    private static final int KILLS = 5;
    private static final int WRITERS = 6;

    private enum State {
        PRESENT, GONE, UNKNOWN
    }

    /** Accounts by id: acknowledged created, acknowledged deleted, or deleted when the process died. */
    private final Map<String, State> accounts = new ConcurrentHashMap<>();
    /** URL token to the account id, of servers acknowledged created. */
    private final Map<String, String> servers = new ConcurrentHashMap<>();
    /** URL tokens revoked (GONE), or revoked when the process died (UNKNOWN). */
    private final Map<String, State> revoked = new ConcurrentHashMap<>();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();

    @Test
    void everyAcknowledgedWriteSurvivesRepeatedKillNine() throws Exception {
        Path directory = Path.of("target", "process-runs", "crash-" + UUID.randomUUID()).toAbsolutePath();
        // Every write and revoked URL is checked as fast as the test can: inbound request limits off.
        Map<String, String> environment = Map.of("MDM_MCP_PORT", "0", "MDM_MCP_ADMIN_TOKEN", ADMIN_TOKEN,
                "MDM_MCP_ALLOWED_UPSTREAM_HOSTS", "loopback", "MDM_MCP_LIMITS_UNKNOWN_TOKENS_PER_MINUTE", "0",
                "MDM_MCP_LIMITS_REQUESTS_PER_SECOND", "0");
        Random random = new Random();
        int acknowledged = 0;
        for (int round = 0; round < KILLS; round++) {
            ServerProcess server = ServerProcess.serve(directory, environment);
            try {
                checkWrites(new TestHttp(server.baseUrl(), ADMIN_TOKEN), server);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<Integer>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    long seed = random.nextLong();
                    done.add(writers.submit(() -> write(new TestHttp(server.baseUrl(), ADMIN_TOKEN), new Random(seed))));
                }
                Thread.sleep(300 + random.nextInt(1_200));
                server.kill();
                for (Future<Integer> writer : done) {
                    acknowledged += writer.get(30, TimeUnit.SECONDS);
                }
                writers.shutdown();
            } finally {
                server.kill();
            }
        }
        try (ServerProcess server = ServerProcess.serve(directory, environment)) {
            checkWrites(new TestHttp(server.baseUrl(), ADMIN_TOKEN), server);
        }
        System.out.printf("crash test: %d kills, %d acknowledged writes, %d lost%n", KILLS, acknowledged, lost.size());
        assertThat(acknowledged).as("writes acknowledged between kills").isGreaterThan(KILLS * 10);
        assertThat(lost).as("acknowledged writes lost across " + KILLS + " kills").isEmpty();
    }

    /** Writes until the server dies; @return how many writes it acknowledged. */
    private int write(TestHttp admin, Random random) {
        int count = 0;
        List<String> own = new ArrayList<>();
        List<String> ownServers = new ArrayList<>();
        try {
            while (true) {
                int choice = random.nextInt(10);
                if (own.isEmpty() || choice < 3) {
                    HttpResponse<String> response = admin.admin("POST", "/integrated-account", """
                            {"integration":"acmemdm","name":"crash %d","base_url":"http://127.0.0.1:9",\
                            "credentials":{"api_token":"t"}}""".formatted(random.nextInt(1_000_000)));
                    if (response.statusCode() != 201) {
                        return count;
                    }
                    String id = json(response).get("id").asText();
                    accounts.put(id, State.PRESENT);
                    own.add(id);
                } else if (choice < 7) {
                    String account = own.get(random.nextInt(own.size()));
                    HttpResponse<String> response = admin.admin("POST", "/integrated-account/" + account + "/mcp",
                            "{\"name\":\"s\"}");
                    if (response.statusCode() != 201) {
                        return count;
                    }
                    String token = TestServer.tokenOf(json(response));
                    servers.put(token, account);
                    ownServers.add(token + " " + account + " " + json(response).get("id").asText());
                } else if (choice < 9 && !ownServers.isEmpty()) {
                    String[] server = ownServers.remove(random.nextInt(ownServers.size())).split(" ");
                    revoked.put(server[0], State.UNKNOWN);
                    HttpResponse<String> response = admin.admin("DELETE", "/integrated-account/" + server[1] + "/mcp/"
                            + server[2], null);
                    if (response.statusCode() != 204) {
                        return count;
                    }
                    revoked.put(server[0], State.GONE);
                } else {
                    String account = own.remove(random.nextInt(own.size()));
                    accounts.put(account, State.UNKNOWN);
                    HttpResponse<String> response = admin.admin("DELETE", "/integrated-account/" + account, null);
                    if (response.statusCode() != 204) {
                        return count;
                    }
                    accounts.put(account, State.GONE);
                    ownServers.removeIf(server -> server.endsWith(" " + account) || server.contains(" " + account + " "));
                }
                count++;
            }
        } catch (UncheckedIOException killed) {
            return count;
        }
    }

    /** Checks every acknowledged write against the restarted server; what is missing goes to {@link #lost}. */
    private void checkWrites(TestHttp admin, ServerProcess server) {
        for (Map.Entry<String, State> account : accounts.entrySet()) {
            if (account.getValue() == State.UNKNOWN) {
                continue;
            }
            int status = admin.admin("GET", "/integrated-account/" + account.getKey(), null).statusCode();
            if (status != (account.getValue() == State.PRESENT ? 200 : 404)) {
                lost.add("account " + account.getKey() + " " + account.getValue() + " answers " + status);
            }
        }
        for (Map.Entry<String, String> created : servers.entrySet()) {
            State revocation = revoked.get(created.getKey());
            State owner = accounts.get(created.getValue());
            if (revocation == State.UNKNOWN || owner == State.UNKNOWN && revocation == null) {
                continue;
            }
            boolean gone = revocation == State.GONE || owner == State.GONE;
            int status = server.mcpStatus(created.getKey());
            if (status != (gone ? 404 : 200)) {
                lost.add("a server of account " + created.getValue() + (gone ? " (revoked)" : "") + " answers " + status);
            }
        }
        JsonNode list = json(admin.admin("GET", "/integrated-account", null)).get("items");
        for (JsonNode account : list) {
            assertThat(account.get("name").asText()).as("a whole account").startsWith("crash ");
        }
    }
}

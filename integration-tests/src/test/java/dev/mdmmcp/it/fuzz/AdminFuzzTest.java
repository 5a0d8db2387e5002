package dev.mdmmcp.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.ServedCatalogs;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Throws thousands of seeded admin API requests at an in-process server: creations and changes
 * of accounts and servers with mutated bodies, odd paths and methods. Every answer must come
 * within seconds, be no 5xx, carry no stack trace, and every JSON error must name an error and a
 * message. The seed is fixed ({@code -Dmdm-mcp.fuzz.seed=N} tries another sequence); a failure
 * names the case.
 */
class AdminFuzzTest {

    private static final long SEED = Long.getLong("mdm-mcp.fuzz.seed", 20261121L);
    private static final int CASES = Integer.getInteger("mdm-mcp.fuzz.admin-cases", 2000);
    private static final Duration BUDGET = Duration.ofSeconds(120);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String ADMIN_TOKEN = "admin-fuzz-token-0123456789abcdefghijklm";

    private static MdmMcpServer server;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() {
        // The accounts are never called: their base URLs only need to be well-formed. The served
        // configuration turns the per-credential request rate off: it is not what is fuzzed here.
        server = MdmMcpServer.start(ServerConfig.fromYaml(ServedCatalogs.configYaml("http://127.0.0.1:9")
                + "admin_token: " + ADMIN_TOKEN + "\n", Map.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void mutatedAdminRequestsGet4xxOrSuccessNever5xx() {
        AdminRequests requests = new AdminRequests(SEED);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int sent = 0;
        while (sent < CASES && System.nanoTime() < deadline && failures.size() < 20) {
            AdminRequests.Request request = requests.next();
            sent++;
            int number = sent;
            Optional<String> problem = send(request, requests, statuses);
            problem.ifPresent(text -> failures.add("case " + number + ": " + request.method() + " " + shortened(request.path())
                    + ": " + shortened(text) + "\n    body: " + (request.body() == null ? "none"
                    : shortened(new String(request.body(), StandardCharsets.UTF_8)))));
        }
        System.out.println("AdminFuzzTest: " + sent + " cases, seed " + SEED + ", statuses " + statuses);
        assertThat(failures).as("answers outside the rules after %d cases, seed %d (replay with -Dmdm-mcp.fuzz.seed=%d)",
                sent, SEED, SEED).isEmpty();
        assertThat(sent).as("cases sent within %s", BUDGET).isEqualTo(CASES);
    }

    private Optional<String> send(AdminRequests.Request request, AdminRequests requests, Map<Integer, Integer> statuses) {
        HttpRequest http;
        try {
            http = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + request.path()))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .header("Content-Type", "application/json")
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()))
                    .build();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a path the client itself will not send
        }
        FuzzExchange exchange = FuzzExchange.send(http, statuses);
        if (exchange.problem().isPresent()) {
            return exchange.problem();
        }
        HttpResponse<String> response = exchange.response();
        int status = response.statusCode();
        String text = response.body();
        boolean json = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        // An answer to HEAD has no content (RFC 9110 9.3.2), only the headers a GET would have.
        if (!json || request.method().equals("HEAD")) {
            return Optional.empty();
        }
        JsonNode body;
        try {
            body = mapper.readTree(text);
        } catch (IOException e) {
            return Optional.of("HTTP " + status + " declares JSON but is not: " + text);
        }
        if (status >= 400 && (!body.path("error").isTextual() || body.path("message").asText().isBlank())) {
            return Optional.of("an error without error and message: " + text);
        }
        if (status == 201 && request.path().equals("/integrated-account")) {
            requests.created(body.path("id").asText());
        } else if (status == 201) {
            String path = request.path();
            requests.createdServer(path.substring("/integrated-account/".length(), path.indexOf("/mcp")),
                    body.path("id").asText());
        }
        return Optional.empty();
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}

package dev.mdmmcp.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.KnownDevice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}, pinned in
 * {@code src/test/node/clients/package.json}) against a live server, for every server scenario
 * that applies to a tools-only server. A scenario passes when no check of its
 * {@code checks.json} is a FAILURE and nothing warns but what the README explains.
 */
class ConformanceSuiteTest extends NpmClientTest {

    private static final Duration SCENARIO_TIMEOUT = Duration.ofSeconds(90);
    /** Stateless, the server issues no session id; this scenario then stops with this one warning (see README). */
    private static final String NO_SESSION_WARNING = "server-sse-multiple-streams-session";

    private final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"server-initialize", "ping", "tools-list", "server-sse-multiple-streams", "dns-rebinding-protection"})
    void scenarioPassesWithoutFailure(String scenario) throws Exception {
        NodeTooling node = NodeTooling.get();
        Path results = Path.of("target", "conformance", scenario).toAbsolutePath();
        deleteRecursively(results);

        CommandRun run = node.run(node.bin("conformance", "server", "--url", served.url(KnownDevice.VENDOR),
                "--scenario", scenario, "-o", results.toString()), SCENARIO_TIMEOUT, home);

        List<JsonNode> checks = checksOf(results);
        assertThat(checks).as("checks written by the suite\n%s", run.describe()).isNotEmpty();
        for (JsonNode check : checks) {
            String status = check.path("status").asText();
            String id = check.path("id").asText();
            assertThat(status).as("check %s of %s: %s", id, scenario, check).isNotEqualTo("FAILURE");
            if (status.equals("WARNING")) {
                assertThat(id).as("the only warning the README explains, got: %s", check).isEqualTo(NO_SESSION_WARNING);
            }
        }
        assertThat(run.exitCode()).as(run.describe()).isZero();
    }

    /**
     * What server-sse-multiple-streams would go on to check with a session: concurrent POSTs
     * are all answered (each with its own JSON reply, which the scenario accepts).
     */
    @Test
    void concurrentPostsAreAllAnswered() {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        for (int id = 1000; id < 1003; id++) {
            replies.add(http.sendAsync(HttpRequest.newBuilder(URI.create(served.url(KnownDevice.VENDOR)))
                    .header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream, application/json")
                    .header("MCP-Protocol-Version", "2025-03-26")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\",\"params\":{}}"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < replies.size(); i++) {
            HttpResponse<String> reply = replies.get(i).join();
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).contains("\"id\":" + (1000 + i)).contains("\"tools\"");
        }
    }

    private List<JsonNode> checksOf(Path results) throws IOException {
        List<JsonNode> checks = new ArrayList<>();
        if (!Files.isDirectory(results)) {
            return checks;
        }
        try (Stream<Path> files = Files.walk(results)) {
            for (Path file : files.filter(path -> path.getFileName().toString().equals("checks.json")).toList()) {
                mapper.readTree(file.toFile()).forEach(checks::add);
            }
        }
        return checks;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}

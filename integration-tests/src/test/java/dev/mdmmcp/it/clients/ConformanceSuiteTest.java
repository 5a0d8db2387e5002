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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP conformance suite against a live server, for every server scenario that
 * applies to a tools-only server: 0.1.16 ({@code @modelcontextprotocol/conformance}) with its
 * 2025 scenarios, and the 0.2.0 alpha ({@code conformance-next}, an npm alias beside it) at both
 * eras' wire, 2025-11-25 (initialize) and 2026-07-28 (stateless). Both are pinned in
 * {@code src/test/node/clients/package.json}. A scenario passes when no check of its
 * {@code checks.json} is a FAILURE and nothing warns but what the README explains; the only
 * failures accepted are the checks named below that cannot apply to this server, and only for
 * the reason named (the README lists them).
 */
class ConformanceSuiteTest extends NpmClientTest {

    private static final Duration SCENARIO_TIMEOUT = Duration.ofSeconds(90);
    /** Stateless, the server issues no session id; this scenario then stops with this one warning (see README). */
    private static final String NO_SESSION_WARNING = "server-sse-multiple-streams-session";

    private static final String CONFORMANCE = "@modelcontextprotocol/conformance/dist/index.js";
    private static final String CONFORMANCE_NEXT = "conformance-next/dist/index.js";
    /** What a check the suite cannot run here says: it needs a diagnostic tool of the suite's own test server. */
    private static final String NEEDS_DIAGNOSTIC_TOOL = "\"untestable\":true";
    /** What a check of a feature this server does not offer (prompts, resources) says. */
    private static final String FEATURE_NOT_OFFERED = "JSON-RPC error -32601";

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * One scenario of conformance-next at one era's wire.
     *
     * @param inapplicable checks that cannot apply to this server, each with the text its FAILURE
     *     must carry (why it cannot apply); any other FAILURE fails the test
     */
    record EraScenario(String era, String scenario, Map<String, String> inapplicable) {

        @Override
        public String toString() {
            return scenario + " at " + era;
        }
    }

    static Stream<EraScenario> scenariosOfBothEras() {
        return Stream.of(
                new EraScenario("2025-11-25", "server-initialize", Map.of()),
                new EraScenario("2025-11-25", "server-session-lifecycle", Map.of()),
                new EraScenario("2025-11-25", "ping", Map.of()),
                new EraScenario("2025-11-25", "tools-list", Map.of()),
                new EraScenario("2025-11-25", "server-sse-multiple-streams", Map.of()),
                new EraScenario("2025-11-25", "dns-rebinding-protection", Map.of()),
                new EraScenario("2026-07-28", "server-stateless", Map.of(
                        "sep-2575-server-rejects-undeclared-capability", NEEDS_DIAGNOSTIC_TOOL,
                        "sep-2575-missing-capability-http-400", NEEDS_DIAGNOSTIC_TOOL,
                        "sep-2575-http-server-no-independent-requests-on-stream", NEEDS_DIAGNOSTIC_TOOL,
                        "sep-2575-server-no-log-without-loglevel", NEEDS_DIAGNOSTIC_TOOL)),
                new EraScenario("2026-07-28", "tools-list", Map.of()),
                new EraScenario("2026-07-28", "server-sse-multiple-streams", Map.of()),
                new EraScenario("2026-07-28", "dns-rebinding-protection", Map.of()),
                new EraScenario("2026-07-28", "http-header-validation", Map.of()),
                new EraScenario("2026-07-28", "caching", Map.of(
                        "sep-2549-prompts-list-caching-hints", FEATURE_NOT_OFFERED,
                        "sep-2549-resources-list-caching-hints", FEATURE_NOT_OFFERED,
                        "sep-2549-resources-templates-list-caching-hints", FEATURE_NOT_OFFERED)),
                new EraScenario("2026-07-28", "input-required-result-unsupported-methods", Map.of()),
                new EraScenario("2026-07-28", "input-required-result-validate-input", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"server-initialize", "ping", "tools-list", "server-sse-multiple-streams", "dns-rebinding-protection"})
    void scenarioPassesWithoutFailure(String scenario) throws Exception {
        NodeTooling node = NodeTooling.get();
        Path results = Path.of("target", "conformance", scenario).toAbsolutePath();
        deleteRecursively(results);

        CommandRun run = node.run(node.packageScript(CONFORMANCE, "server", "--url", served.url(KnownDevice.VENDOR),
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

    @ParameterizedTest
    @MethodSource("scenariosOfBothEras")
    void nextReleaseScenarioPassesAtItsErasWireWithoutFailure(EraScenario scenario) throws Exception {
        NodeTooling node = NodeTooling.get();
        Path results = Path.of("target", "conformance-next", scenario.era(), scenario.scenario()).toAbsolutePath();
        deleteRecursively(results);

        CommandRun run = node.run(node.packageScript(CONFORMANCE_NEXT, "server", "--url", served.url(KnownDevice.VENDOR),
                "--scenario", scenario.scenario(), "--spec-version", scenario.era(), "-o", results.toString()),
                SCENARIO_TIMEOUT, home);

        List<JsonNode> checks = checksOf(results);
        assertThat(checks).as("checks written by the suite for %s\n%s", scenario, run.describe()).isNotEmpty();
        boolean inapplicableFailed = false;
        for (JsonNode check : checks) {
            String status = check.path("status").asText();
            String id = check.path("id").asText();
            String reason = scenario.inapplicable().get(id);
            if (status.equals("FAILURE") && reason != null) {
                assertThat(check.toString()).as("check %s of %s fails only because it cannot apply", id, scenario)
                        .contains(reason);
                inapplicableFailed = true;
            } else {
                assertThat(status).as("check %s of %s: %s", id, scenario, check).isNotEqualTo("FAILURE");
            }
            if (status.equals("WARNING")) {
                assertThat(id).as("the only warning the README explains, got: %s", check).isEqualTo(NO_SESSION_WARNING);
            }
        }
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(inapplicableFailed ? 1 : 0);
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

package dev.mdmmcp.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import dev.mdmmcp.simulator.fleet.Versions;
import dev.mdmmcp.simulator.kandji.KandjiPlanted;
import dev.mdmmcp.simulator.kandji.KandjiSimulator;
import dev.mdmmcp.simulator.ninjaone.NinjaOneSimulator;
import dev.mdmmcp.simulator.ninjaone.NinjaPlanted;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's scripted audit questions, played on the demo's fleets (500 devices each, seed
 * 42) through a server in this JVM, in both tool modes, without and with {@code fields}: every
 * run must reach the answer the fleet holds (what the seed planted, or the vendor's own API
 * read directly), and discovery mode and projection must cost less of what a model reads.
 */
class AuditQuestionsTest {

    private static final Instant AS_OF = Instant.now().truncatedTo(ChronoUnit.HOURS);
    private static final List<String> SERVERS = List.of("kandji-read", "kandji-discovery", "ninjaone-read",
            "ninjaone-discovery");

    @TempDir
    static Path dataDir;
    private static VendorSimulator kandji;
    private static VendorSimulator ninjaOne;
    private static MdmMcpServer server;
    private static List<QuestionCosts.Run> runs;
    private static String serial;

    @BeforeAll
    static void playEveryQuestionInEveryMode() throws Exception {
        SimulatorSettings settings = SimulatorSettings.defaults().withAsOf(AS_OF);
        kandji = VendorSimulator.start(KandjiSimulator.VENDOR, settings);
        ninjaOne = VendorSimulator.start(NinjaOneSimulator.VENDOR, settings);
        server = MdmMcpServer.start(ServerConfig.fromYaml(yaml(), Map.of()));
        String base = "http://127.0.0.1:" + server.port() + "/mcp/";
        Map<String, QuestionCosts.Servers> servers = Map.of(
                "kandji", new QuestionCosts.Servers(URI.create(base + token("kandji-read")),
                        URI.create(base + token("kandji-discovery")), kandji),
                "ninjaone", new QuestionCosts.Servers(URI.create(base + token("ninjaone-read")),
                        URI.create(base + token("ninjaone-discovery")), ninjaOne));
        serial = QuestionCosts.sampleSerial(kandji);
        runs = QuestionCosts.measure(AuditQuestions.all(serial, AS_OF), servers);
        Table costs = new Table();
        QuestionCosts.report(runs, costs);
        costs.print(System.out);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (kandji != null) {
            kandji.close();
        }
        if (ninjaOne != null) {
            ninjaOne.close();
        }
    }

    @Test
    void everyQuestionRunsInBothModesWithAndWithoutFieldsAndReachesOneAnswer() {
        assertThat(runs).hasSize(5 * 4);
        // QuestionCosts.measure fails on a differing answer; here: each question's four runs are there.
        assertThat(runs.stream().map(run -> run.question().id()).distinct())
                .containsExactly("Q1", "Q2 (demo 1)", "Q3 (demo 3)", "Q4 (demo 2)", "Q5");
    }

    @Test
    void macsMissingTheLatestOsAreThoseTheVendorsOwnListShows() throws Exception {
        List<JsonNode> macs = new ArrayList<>();
        for (int offset = 0; ; offset += 300) {
            JsonNode page = kandjiApi("/api/v1/devices?platform=Mac&limit=300&offset=" + offset);
            page.forEach(macs::add);
            if (page.size() < 300) {
                break;
            }
        }
        String latest = macs.stream().map(mac -> mac.path("os_version").asText())
                .reduce((a, b) -> Versions.isOlder(a, b) ? b : a).orElseThrow();
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode mac : macs) {
            if (Versions.isOlder(mac.path("os_version").asText(), latest)) {
                expected.put(mac.path("serial_number").asText(), mac.at("/user/email").asText("") + " "
                        + mac.path("os_version").asText());
            }
        }

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(answer("Q1")).isEqualTo(expected);
    }

    @Test
    void macsWithOutdatedDockerDesktopAreExactlyThePlantedOnes() {
        Map<String, String> planted = new TreeMap<>();
        for (KandjiPlanted.OutdatedApp app : ((KandjiSimulator) kandji).planted().outdatedDocker()) {
            planted.put(app.serialNumber(), app.ownerName() + " <" + app.ownerEmail() + "> " + app.version());
        }

        assertThat(planted).hasSizeGreaterThan(5);
        assertThat(answer("Q2 (demo 1)")).isEqualTo(planted);
    }

    @Test
    void dbProd01HasAFailedSecurityPatchInTheWindowAndItsOperatingSystemIsNamed() {
        NinjaPlanted planted = ((NinjaOneSimulator) ninjaOne).planted();
        AuditQuestions.PatchAnswer answer = (AuditQuestions.PatchAnswer) answer("Q3 (demo 3)");

        assertThat(planted.failedOsPatchInstalls()).contains(new NinjaPlanted.PlantedDevice(101, "DB-PROD-01"));
        assertThat(answer.deviceId()).isEqualTo(101);
        assertThat(answer.installsByStatus().get("FAILED")).isPositive();
        assertThat(answer.os()).startsWith("Windows Server").contains(" build ");
    }

    @Test
    void theOfflineServersAreThePlantedOnesAndApp02WasRebootedJustBefore() {
        Map<String, Boolean> answer = (Map<String, Boolean>) answer("Q4 (demo 2)");
        List<String> planted = ((NinjaOneSimulator) ninjaOne).planted().offlineServers().stream()
                .map(NinjaPlanted.PlantedDevice::systemName).sorted().toList();

        assertThat(answer.keySet()).containsExactlyElementsOf(planted);
        assertThat(answer).containsEntry("APP-PROD-02", true);
    }

    @Test
    void theFileVaultStateAndCheckInAreWhatTheVendorsDeviceDetailsSay() throws Exception {
        AuditQuestions.FileVaultAnswer answer = (AuditQuestions.FileVaultAnswer) answer("Q5");
        JsonNode details = kandjiApi("/api/v1/devices/" + kandji.sampleArguments().get("device_id") + "/details");

        assertThat(answer.deviceId()).isEqualTo(kandji.sampleArguments().get("device_id").toString());
        assertThat(answer.fileVault()).isEqualTo(details.get("filevault"));
        assertThat(answer.fileVault().isObject()).isTrue();
        assertThat(answer.lastCheckIn()).isEqualTo(details.at("/kandji_agent/last_check_in").asText()).isNotBlank();
    }

    @Test
    void discoveryReadsFewerDefinitionBytesAndFieldsFewerResultBytesForTheSameUpstreamRequests() {
        for (String id : runs.stream().map(run -> run.question().id()).distinct().toList()) {
            QuestionCosts.Run all = run(id, ScriptedAgent.Mode.ALL_TOOLS, false);
            QuestionCosts.Run allFields = run(id, ScriptedAgent.Mode.ALL_TOOLS, true);
            QuestionCosts.Run discovery = run(id, ScriptedAgent.Mode.DISCOVERY, false);
            QuestionCosts.Run discoveryFields = run(id, ScriptedAgent.Mode.DISCOVERY, true);

            assertThat(discovery.definitionBytes()).as(id).isLessThan(all.definitionBytes() / 3);
            assertThat(discovery.toolCalls()).as(id).isGreaterThan(all.toolCalls());
            assertThat(allFields.resultBytes()).as(id).isLessThan(all.resultBytes());
            assertThat(discoveryFields.totalBytes()).as(id).isLessThan(all.totalBytes() / 3);
            assertThat(List.of(allFields, discovery, discoveryFields)).as(id)
                    .allMatch(run -> run.upstreamRequests() == all.upstreamRequests());
        }
    }

    private static Object answer(String id) {
        return run(id, ScriptedAgent.Mode.DISCOVERY, true).answer();
    }

    private static QuestionCosts.Run run(String id, ScriptedAgent.Mode mode, boolean projected) {
        return runs.stream().filter(run -> run.question().id().equals(id) && run.mode() == mode
                && run.projected() == projected).findFirst().orElseThrow();
    }

    private static JsonNode kandjiApi(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(kandji.baseUrl() + path))
                .header("Authorization", "Bearer " + kandji.credentials().get("api_token"))
                .header("Accept", "application/json").GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return McpHttp.MAPPER.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
        }
    }

    private static String token(String server) {
        return "test-" + server + "-token-0123456789abcdefghijklmnop";
    }

    private static String yaml() throws IOException {
        StringBuilder yaml = new StringBuilder("host: 127.0.0.1\nport: 0\ndata_dir: " + Files.createDirectories(
                dataDir.resolve("store")) + "\naccounts:\n");
        for (VendorSimulator simulator : List.of(kandji, ninjaOne)) {
            yaml.append("  ").append(simulator.vendor()).append(":\n    vendor: ").append(simulator.vendor())
                    .append("\n    base_url: ").append(simulator.baseUrl()).append("\n    credentials:\n");
            simulator.credentials().forEach((key, value) -> yaml.append("      ").append(key).append(": ").append(value)
                    .append('\n'));
        }
        yaml.append("servers:\n");
        for (String name : SERVERS) {
            yaml.append("  ").append(name).append(":\n    account: ").append(name, 0, name.indexOf('-'))
                    .append("\n    token: ").append(token(name)).append("\n    methods: [read]\n");
            if (name.endsWith("-discovery")) {
                yaml.append("    tool_mode: discovery\n");
            }
        }
        return yaml.toString();
    }
}

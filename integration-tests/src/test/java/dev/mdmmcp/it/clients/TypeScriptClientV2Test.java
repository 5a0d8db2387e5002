package dev.mdmmcp.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.KnownDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript client v2 ({@code @modelcontextprotocol/client}, Streamable HTTP) in
 * each of its version negotiation modes, through {@code src/test/node/clients/ts-client-v2.mjs}:
 * {@code legacy} (2025's initialize), {@code auto} (probes with server/discover) and pinned to
 * 2026-07-28. Each lists the tools page by page, calls a read tool and an unknown one; the test
 * checks what each mode negotiated and what it really sent.
 */
class TypeScriptClientV2Test extends NpmClientTest {

    private static final String MODERN = "2026-07-28";
    private static final String NEWEST_2025 = "2025-11-25";
    private static final String UNKNOWN_TOOL = "wipe_every_device_now";
    private static JsonNode reports;

    @BeforeAll
    static void runEveryMode() throws Exception {
        CommandRun run = NodeTooling.get().runScript("ts-client-v2.mjs", Duration.ofSeconds(120), home,
                served.url(KnownDevice.VENDOR), "legacy,auto," + MODERN, KnownDevice.TOOL,
                "{\"device_id\":\"" + KnownDevice.DEVICE_ID + "\"}", UNKNOWN_TOOL);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        reports = new ObjectMapper().readTree(run.stdout());
        assertThat(reports).as(run.stdout()).hasSize(3);
    }

    @Test
    void legacyModeSpeaksThe2025EraThroughInitialize() {
        JsonNode legacy = report("legacy");

        assertThat(legacy.path("era").asText()).isEqualTo("legacy");
        assertThat(legacy.path("negotiated").asText()).isEqualTo(NEWEST_2025);
        assertThat(sent(legacy, "method")).startsWith("initialize", "notifications/initialized")
                .doesNotContain("server/discover");
        for (JsonNode request : legacy.path("sent")) {
            assertThat(request.path("metaVersion").isNull()).as("no 2026 _meta: %s", request).isTrue();
            assertThat(request.path("methodHeader").isNull()).as("no Mcp-Method header: %s", request).isTrue();
        }
        assertThat(versionHeaders(legacy, "tools/call")).containsOnly(NEWEST_2025);
    }

    @Test
    void autoModeFindsThe2026EraThroughServerDiscover() {
        assertSpeaksTheModernEra(report("auto"));
    }

    @Test
    void pinnedModeSpeaks2026WithoutInitialize() {
        assertSpeaksTheModernEra(report(MODERN));
    }

    @Test
    void everyModeListsEveryToolInCatalogOrder() {
        List<String> catalogOrder = served.catalog(KnownDevice.VENDOR).tools().stream()
                .map(tool -> tool.descriptor().name()).toList();
        for (JsonNode report : reports) {
            assertThat(names(report.path("toolNames"))).as("tools listed in mode %s", report.path("mode"))
                    .containsExactlyElementsOf(catalogOrder);
            assertThat(report.path("pages").asInt()).as("pages walked in mode %s", report.path("mode")).isEqualTo(1);
        }
    }

    @Test
    void everyModeGetsTheReadToolsStructuredResult() {
        for (JsonNode report : reports) {
            assertThat(report.path("callIsError").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.at("/structuredContent/serial_number").asText()).as(report.toString())
                    .isEqualTo(KnownDevice.SERIAL);
            assertThat(report.at("/structuredContent/device_id").asText()).isEqualTo(KnownDevice.DEVICE_ID);
        }
        assertThat(KnownDevice.lookups(served.upstream())).isEqualTo(reports.size());
    }

    @Test
    void everyModeSeesTheUnknownToolRefusedByItsName() {
        for (JsonNode report : reports) {
            JsonNode refusal = report.path("refusal");
            assertThat(refusal.path("thrown").asBoolean()).as("a protocol error in mode %s: %s", report.path("mode"), refusal)
                    .isTrue();
            assertThat(refusal.path("code").asInt()).isEqualTo(-32602);
            assertThat(refusal.path("message").asText()).isEqualTo("Unknown tool: " + UNKNOWN_TOOL);
        }
    }

    private static void assertSpeaksTheModernEra(JsonNode report) {
        assertThat(report.path("era").asText()).as(report.toString()).isEqualTo("modern");
        assertThat(report.path("negotiated").asText()).isEqualTo(MODERN);
        assertThat(report.path("server").asText()).isEqualTo("mdm-mcp");
        assertThat(sent(report, "method")).startsWith("server/discover").doesNotContain("initialize")
                .contains("tools/list", "tools/call");
        for (JsonNode request : report.path("sent")) {
            assertThat(request.path("versionHeader").asText()).as("MCP-Protocol-Version of %s", request).isEqualTo(MODERN);
            assertThat(request.path("metaVersion").asText()).as("_meta version of %s", request).isEqualTo(MODERN);
            assertThat(request.path("methodHeader").asText()).as("Mcp-Method of %s", request)
                    .isEqualTo(request.path("method").asText());
        }
        assertThat(sent(report, "nameHeader")).contains(KnownDevice.TOOL, UNKNOWN_TOOL);
    }

    private static JsonNode report(String mode) {
        for (JsonNode report : reports) {
            if (report.path("mode").asText().equals(mode)) {
                return report;
            }
        }
        throw new AssertionError("no report for mode " + mode + " in " + reports);
    }

    private static List<String> sent(JsonNode report, String field) {
        List<String> values = new ArrayList<>();
        report.path("sent").forEach(request -> values.add(request.path(field).asText()));
        return values;
    }

    private static List<String> versionHeaders(JsonNode report, String method) {
        List<String> values = new ArrayList<>();
        for (JsonNode request : report.path("sent")) {
            if (request.path("method").asText().equals(method)) {
                values.add(request.path("versionHeader").asText());
            }
        }
        return values;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}

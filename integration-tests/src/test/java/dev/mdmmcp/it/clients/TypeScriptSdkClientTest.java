package dev.mdmmcp.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.KnownDevice;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript SDK client ({@code @modelcontextprotocol/sdk}, Streamable HTTP) runs
 * initialize, tools/list and tools/call against a WireMock-backed server once per protocol
 * version, through {@code src/test/node/clients/ts-sdk-client.mjs}.
 */
class TypeScriptSdkClientTest extends NpmClientTest {

    /** The versions with Streamable HTTP the server claims (2024-11-05 predates that transport). */
    private static final List<String> VERSIONS = List.of("2025-03-26", "2025-06-18", "2025-11-25");

    @Test
    void initializeListAndCallWorkForEveryProtocolVersion() throws Exception {
        CommandRun run = NodeTooling.get().runScript("ts-sdk-client.mjs", Duration.ofSeconds(90), home,
                served.url(KnownDevice.VENDOR), String.join(",", VERSIONS), KnownDevice.TOOL,
                "{\"device_id\":\"" + KnownDevice.DEVICE_ID + "\"}");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode reports = new ObjectMapper().readTree(run.stdout());
        int catalogSize = served.catalog(KnownDevice.VENDOR).tools().size();
        assertThat(reports).hasSize(VERSIONS.size());
        for (int i = 0; i < VERSIONS.size(); i++) {
            JsonNode report = reports.get(i);
            String version = VERSIONS.get(i);
            assertThat(report.path("negotiated").asText()).as("negotiated for %s", version).isEqualTo(version);
            assertThat(report.path("server").asText()).isEqualTo("mdm-mcp");
            assertThat(report.path("toolCount").asInt()).isEqualTo(catalogSize);
            assertThat(report.path("toolsWithoutDescription")).isEmpty();
            assertThat(report.path("callIsError").asBoolean()).as(report.toString()).isFalse();
            assertThat(report.path("callText").asText()).contains(KnownDevice.SERIAL);
            assertThat(report.at("/sentVersionHeaders/tools~1list").asText()).isEqualTo(version);
            assertThat(report.at("/sentVersionHeaders/tools~1call").asText()).isEqualTo(version);
        }
        assertThat(KnownDevice.lookups(served.upstream())).isEqualTo(VERSIONS.size());
    }
}

package dev.mdmmcp.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.tool.VendorTool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MCP Inspector's CLI ({@code @modelcontextprotocol/inspector --cli}) lists the tools and calls one. */
class InspectorCliTest extends NpmClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final ObjectMapper mapper = new ObjectMapper();

    private static CommandRun inspector(String... arguments) throws Exception {
        List<String> cli = new ArrayList<>(List.of("--cli", served.url(KnownDevice.VENDOR), "--transport", "http"));
        cli.addAll(List.of(arguments));
        NodeTooling node = NodeTooling.get();
        return node.run(node.bin("mcp-inspector", cli.toArray(String[]::new)), TIMEOUT, home);
    }

    @Test
    void listsEveryToolOfTheServer() throws Exception {
        CommandRun run = inspector("--method", "tools/list");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> names = new ArrayList<>();
        mapper.readTree(run.stdout()).path("tools").forEach(tool -> names.add(tool.path("name").asText()));
        assertThat(names).containsExactlyElementsOf(served.catalog(KnownDevice.VENDOR).tools().stream()
                .map(VendorTool::descriptor).map(descriptor -> descriptor.name()).toList());
    }

    @Test
    void callsAToolThatReachesTheUpstream() throws Exception {
        CommandRun run = inspector("--method", "tools/call", "--tool-name", KnownDevice.TOOL,
                "--tool-arg", "device_id=" + KnownDevice.DEVICE_ID);

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode result = mapper.readTree(run.stdout());
        assertThat(result.path("isError").asBoolean()).isFalse();
        assertThat(result.path("content").get(0).path("text").asText()).contains(KnownDevice.SERIAL);
        assertThat(KnownDevice.lookups(served.upstream())).isPositive();
    }
}

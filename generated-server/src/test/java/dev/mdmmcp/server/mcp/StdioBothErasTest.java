package dev.mdmmcp.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** stdio answers both eras, one JSON-RPC message per line: 2025-era {@code initialize} and 2026-07-28 requests with {@code _meta}. */
class StdioBothErasTest {

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    @Test
    void aStdioServerAnswersInitializeAndServerDiscoverAndRefusesUnknownToolsByName() throws Exception {
        String input = String.join("\n",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"server/discover\",\"params\":{" + META + "}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{" + META + "}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"lock_device\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"lock_device\"," + META + "}}",
                "not json") + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ServerConfig config = ServerConfig.fromYaml(TestConfigs.yaml("http://127.0.0.1:9"), Map.of(), TestConfigs.catalogs());

        try (StdioMcpServer server = StdioMcpServer.start(config, "admin",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, "test")) {
            server.awaitEndOfInput();
        }

        Map<String, JsonNode> replies = new TreeMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode reply = mapper.readTree(line);
            replies.put(reply.get("id").asText(), reply);
        }
        assertThat(replies).containsOnlyKeys("1", "2", "3", "4", "5", "null");
        assertThat(replies.get("1").at("/result/protocolVersion").asText()).isEqualTo("2025-11-25");
        assertThat(replies.get("2").at("/result/supportedVersions/0").asText()).isEqualTo("2026-07-28");
        assertThat(replies.get("2").at("/result/resultType").asText()).isEqualTo("complete");
        assertThat(replies.get("3").at("/result/cacheScope").asText()).isEqualTo("private");
        assertThat(replies.get("3").at("/result/tools").size()).isPositive();
        assertThat(replies.get("4").at("/error/message").asText()).isEqualTo("Unknown tool: lock_device");
        assertThat(replies.get("5").at("/error/message").asText()).isEqualTo("Unknown tool: lock_device");
        assertThat(replies.get("null").at("/error/code").asInt()).isEqualTo(-32700);
    }
}

package dev.mdmmcp.it.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.it.support.ServedCatalogs;
import dev.mdmmcp.it.support.ServerJar;
import dev.mdmmcp.tool.VendorTool;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mdm-mcp stdio}, the way Claude Desktop runs it: the packaged jar as a subprocess,
 * driven over stdin/stdout, its tools calling a WireMock upstream.
 */
class StdioServerTest {

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path directory;
    private static WireMockServer upstream;
    private static Path config;
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void upstreamAndConfiguration() throws IOException {
        upstream = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        upstream.start();
        KnownDevice.stub(upstream);
        config = ServerJar.configFile(directory, ServedCatalogs.configYaml(upstream.baseUrl(), ServedCatalogs.catalogsOfTheServerJar()));
    }

    @AfterAll
    static void stop() {
        upstream.stop();
    }

    private static List<String> stdioCommand(String server) {
        return ServerJar.command("stdio", "--config", config.toString(), "--server", server);
    }

    @Test
    void javaSdkStdioClientListsAndCallsTheServersTools() {
        List<String> command = stdioCommand(ServedCatalogs.serverOf(KnownDevice.VENDOR));
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size())).build(), McpJsonDefaults.getMapper());
        List<String> stderr = new CopyOnWriteArrayList<>();
        transport.setStdErrorHandler(stderr::add);
        McpSyncClient client = McpClient.sync(transport).requestTimeout(PROCESS_TIMEOUT).build();
        try {
            McpSchema.InitializeResult initialized = client.initialize();
            List<McpSchema.Tool> tools = client.listTools().tools();
            McpSchema.CallToolResult result = client.callTool(KnownDevice.CALL);

            assertThat(initialized.serverInfo().name()).isEqualTo("mdm-mcp");
            assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyElementsOf(ServedCatalogs.catalogsOnClasspath()
                    .get(KnownDevice.VENDOR).tools().stream().map(VendorTool::descriptor).map(d -> d.name()).toList());
            assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
            assertThat(result.structuredContent()).asString().contains(KnownDevice.SERIAL);
            assertThat(KnownDevice.lookups(upstream)).isPositive();
        } finally {
            client.closeGracefully();
        }
        assertThat(stderr).as("the call log goes to stderr").anySatisfy(line -> assertThat(line)
                .contains("tool call").contains("tool=" + KnownDevice.TOOL).contains("outcome=ok"));
    }

    @Test
    void stdoutCarriesProtocolMessagesOnlyAndEndOfInputStopsTheServer() throws Exception {
        Process process = new ProcessBuilder(stdioCommand(ServedCatalogs.serverOf(KnownDevice.VENDOR))).start();
        try {
            OutputStream stdin = process.getOutputStream();
            for (String message : List.of(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"get_device\","
                            + "\"arguments\":{\"device_id\":\"" + KnownDevice.DEVICE_ID + "\"}}}")) {
                stdin.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            }
            stdin.flush();
            List<JsonNode> replies = new ArrayList<>();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            while (replies.size() < 3) {
                String line = stdout.readLine();
                assertThat(line).as("stdout ended before three replies: %s", replies).isNotNull();
                replies.add(mapper.readTree(line)); // anything but JSON fails here
            }
            stdin.close();

            assertThat(process.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("exits when stdin ends").isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout.readLine()).as("nothing after the replies").isNull();
            assertThat(replies).allSatisfy(reply -> assertThat(reply.get("jsonrpc").asText()).isEqualTo("2.0"));
            assertThat(replies).extracting(reply -> reply.get("id").asInt()).containsExactlyInAnyOrder(1, 2, 3);
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(errors).contains("tool=get_device").doesNotContain(KnownDevice.DEVICE_ID);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void unknownServerNameFailsWithOneLineNamingTheServers() throws Exception {
        Process process = new ProcessBuilder(stdioCommand("nope")).start();
        try {
            process.getOutputStream().close();
            assertThat(process.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
            assertThat(errors.strip()).isEqualTo("mdm-mcp: configuration error in " + config
                    + ": there is no server 'nope'; servers: " + ServedCatalogs.catalogsOfTheServerJar().keySet().stream()
                    .sorted().map(ServedCatalogs::serverOf).collect(Collectors.joining(", ")));
        } finally {
            process.destroyForcibly();
        }
    }
}

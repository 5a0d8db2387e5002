package dev.mdmmcp.server.managed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mdmmcp.server.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.store.TestPostgres;
import dev.mdmmcp.server.store.TestStores;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code stdio --token-file}: a managed server created through the admin API of one process is served
 * over stdin/stdout by another, on one PostgreSQL store; its calls are recorded like HTTP calls,
 * and its revocation ends the session.
 */
class StdioManagedServerTest {

    private static final String ADMIN_TOKEN = "stdio-admin-token-0123456789abcdefghij";
    private static final String API_TOKEN = "stdio-vendor-token-0123456789";
    private static WireMockServer vendor;
    private static ServerProcess serve;
    private static Map<String, String> environment;
    /** What the stdio process wrote to stderr: its log, shown when an assertion fails. */
    private static final List<String> STDERR = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        vendor = KnownDevice.startVendor();
        environment = Map.of(
                "MDM_MCP_PORT", "0",
                "MDM_MCP_DB_URL", TestPostgres.freshSchema(),
                "MDM_MCP_DB_USER", TestPostgres.user(),
                "MDM_MCP_DB_PASSWORD", TestPostgres.password(),
                "MDM_MCP_MASTER_KEY", TestStores.MASTER_KEY,
                "MDM_MCP_ADMIN_TOKEN", ADMIN_TOKEN,
                "MDM_MCP_ALLOWED_UPSTREAM_HOSTS", "loopback");
        serve = ServerProcess.serve(Path.of("target", "process-runs", UUID.randomUUID().toString()).toAbsolutePath(),
                environment);
    }

    @AfterAll
    static void stop() {
        if (serve != null) {
            serve.close();
        }
        if (vendor != null) {
            vendor.stop();
        }
    }

    @Test
    void aManagedServerIsServedOverStdioWithItsFiltersAndRecordedCallsUntilItIsRevoked() throws Exception {
        TestHttp admin = new TestHttp(serve.baseUrl(), ADMIN_TOKEN);
        String account = admin.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"" + API_TOKEN + "\"}");
        JsonNode created = admin.createServer(account, "{\"name\":\"desk\",\"config\":{\"methods\":[\"read\"]}}");
        String calls = "/integrated-account/" + account + "/mcp/" + created.get("id").asText() + "/calls";
        Path tokenFile = Files.createTempFile(Path.of("target").toAbsolutePath(), "stdio-", ".token",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tokenFile, TestServer.tokenOf(created) + "\n");
        McpSyncClient client = stdioClient("stdio", "--token-file", tokenFile.toString());
        try {
            assertThat(client.initialize()).as("initialize; stderr: %s", STDERR).isNotNull();
            List<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
            McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("get_device")
                    .arguments(Map.of("device_id", "d1")).build());

            assertThat(tools).hasSize(3).doesNotContain("delete_device");
            assertThat(result.isError()).as("the call's result: %s", result.content()).isNotEqualTo(Boolean.TRUE);
            vendor.verify(getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                    .withHeader("Authorization", equalTo("Bearer " + API_TOKEN)));
            assertThat(json(admin.admin("GET", calls, null)).get("items")).singleElement()
                    .satisfies(call -> assertThat(call.get("tool").asText()).isEqualTo("get_device"));

            assertThat(admin.admin("DELETE", "/integrated-account/" + account + "/mcp/" + created.get("id").asText(),
                    null).statusCode()).isEqualTo(204);
            assertThatThrownBy(() -> {
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (System.nanoTime() < deadline) {
                    client.ping();
                    Thread.sleep(100);
                }
            }).as("the session ends once its server is revoked").isNotNull();
        } catch (RuntimeException e) {
            throw new AssertionError("the stdio session failed; its stderr: " + STDERR, e);
        } finally {
            client.close();
        }
    }

    @Test
    void anUnknownTokenIsOneClearLineAndExitCodeOne() {
        Path log = Path.of("target", "process-runs", UUID.randomUUID() + "-stdio.log").toAbsolutePath();

        Map<String, String> withToken = new HashMap<>(environment);
        withToken.put("MDM_MCP_STDIO_TOKEN", "x".repeat(43));

        int exit = ServerProcess.run(log.getParent(), withToken, log, "stdio");

        assertThat(exit).isEqualTo(1);
        assertThat(ServerProcess.read(log)).contains(
                "mdm-mcp: no managed server has this token: it is unknown, revoked or expired");
    }

    private static McpSyncClient stdioClient(String... arguments) {
        List<String> command = ServerProcess.command(arguments);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(name -> name.startsWith("MDM_MCP_"));
        env.putAll(environment);
        ServerParameters parameters = ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size()))
                .env(env)
                .build();
        StdioClientTransport transport = new StdioClientTransport(parameters, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(STDERR::add);
        return McpClient.sync(transport)
                // Covers the child JVM's start on a loaded machine (initialize is the first request);
                // once the process has ended, a request waits this long before it fails.
                .requestTimeout(Duration.ofSeconds(20))
                .initializationTimeout(Duration.ofSeconds(60))
                .build();
    }
}

package dev.mdmmcp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDirectory;
    private static Demo demo;

    @BeforeAll
    static void start() {
        demo = Demo.start(new DemoOptions(40, 0, dataDirectory));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void demoJsonListsAReadOnlyAndAFullAccessServerPerVendorAndAKandjiSignInServerForItsOwnerOnly() throws Exception {
        Path file = dataDirectory.resolve("demo.json");
        JsonNode servers = MAPPER.readTree(file.toFile());

        assertThat(servers).hasSize(5);
        assertThat(servers.findValuesAsText("name")).containsExactly("kandji-read-only", "kandji-full-access",
                "kandji-sign-in", "ninjaone-read-only", "ninjaone-full-access");
        assertThat(servers.findValuesAsText("vendor")).containsExactly("kandji", "kandji", "kandji", "ninjaone", "ninjaone");
        assertThat(servers.findValuesAsText("auth")).containsExactly("url", "url", "oauth", "url", "url");
        for (JsonNode server : servers) {
            assertThat(server.fieldNames()).toIterable().containsExactly("name", "vendor", "url", "methods", "tags", "auth");
            assertThat(server.get("url").asText()).matches("http://127\\.0\\.0\\.1:" + demo.port()
                    + (server.get("auth").asText().equals("oauth") ? "/mcp/oauth/[A-Za-z0-9_-]+" : "/mcp/[A-Za-z0-9_-]{43}"));
            assertThat(server.get("tags")).isEmpty();
        }
        assertThat(servers.get(2).get("methods").toString()).isEqualTo("[\"read\"]");
        assertThat(servers.get(0).get("methods").toString()).isEqualTo("[\"read\"]");
        assertThat(servers.get(1).get("methods").toString()).isEqualTo("[\"read\",\"write\"]");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theReadOnlyServerOffersOnlyReadToolsAndAnswersFromTheSimulatedTenant() {
        McpSyncClient readOnly = connect(demo.servers().get(0));
        McpSyncClient fullAccess = connect(demo.servers().get(1));
        try {
            List<McpSchema.Tool> tools = readOnly.listTools().tools();
            assertThat(tools).isNotEmpty().allSatisfy(tool -> assertThat(tool.annotations().readOnlyHint()).isTrue());
            assertThat(fullAccess.listTools().tools()).hasSizeGreaterThan(tools.size())
                    .anySatisfy(tool -> assertThat(tool.name()).isEqualTo("set_device_name"));

            McpSchema.CallToolResult devices = readOnly.callTool(McpSchema.CallToolRequest.builder("list_devices")
                    .arguments(Map.of("limit", 3)).build());
            assertThat(devices.isError()).isNotEqualTo(Boolean.TRUE);
            assertThat((List<?>) ((Map<?, ?>) devices.structuredContent()).get("items")).hasSize(3);
            assertThatThrownBy(() -> readOnly.callTool(McpSchema.CallToolRequest.builder("set_device_name")
                    .arguments(Map.of("device_id", "x", "DeviceName", "y")).build())).isInstanceOf(McpError.class);
        } finally {
            readOnly.closeGracefully();
            fullAccess.closeGracefully();
        }
    }

    @Test
    void aRestartInTheSameDataDirectoryKeepsTheUrlTokens() {
        Path directory = dataDirectory.resolve("restart");
        List<String> first;
        try (Demo once = Demo.start(new DemoOptions(5, 0, directory))) {
            first = once.servers().stream().map(DemoServer::token).toList();
        }
        try (Demo again = Demo.start(new DemoOptions(5, 0, directory))) {
            assertThat(again.servers().stream().map(DemoServer::token).toList()).isEqualTo(first).doesNotHaveDuplicates();
        }
    }

    @Test
    void theServersAreManagedOnesSoLosingDemoJsonRevokesThemAndMakesNewUrls() throws Exception {
        Path directory = dataDirectory.resolve("lost");
        List<String> first;
        try (Demo once = Demo.start(new DemoOptions(5, 0, directory))) {
            first = once.servers().stream().filter(server -> !server.signIn()).map(DemoServer::token).toList();
        }
        Files.delete(directory.resolve("demo.json"));
        try (Demo again = Demo.start(new DemoOptions(5, 0, directory))) {
            assertThat(again.servers().stream().filter(server -> !server.signIn()).map(DemoServer::token).toList())
                    .doesNotContainAnyElementsOf(first);
            for (String old : first) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + again.port() + "/mcp/" + old))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("the previous run's URL").isEqualTo(404);
            }
        }
    }

    @Test
    void theReportCarriesAClaudeDesktopConfigurationOfTheReadOnlyUrlsAndThreeQuestions() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        DemoReport report = new DemoReport(demo, 40);

        report.print(new PrintStream(text, true, StandardCharsets.UTF_8));

        JsonNode config = MAPPER.readTree(report.claudeDesktopConfig()).get("mcpServers");
        assertThat(config.fieldNames()).toIterable().containsExactly("kandji-read-only", "ninjaone-read-only");
        JsonNode kandji = config.get("kandji-read-only");
        assertThat(kandji.get("command").asText()).isEqualTo("npx");
        assertThat(kandji.get("args").toString())
                .isEqualTo("[\"-y\",\"mcp-remote\",\"" + demo.servers().get(0).url() + "\"]");
        String printed = text.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(report.claudeDesktopConfig()).contains(demo.servers().get(4).url())
                .contains(DemoReport.QUESTIONS.get(0)).contains(DemoReport.QUESTIONS.get(2))
                .contains(demo.simulators().get(1).baseUrl().toString());
    }

    @Test
    void aPortInUseStopsTheDemoWithTheReasonAndLeavesNoDemoJson() throws Exception {
        Path directory = dataDirectory.resolve("busy");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> Demo.start(new DemoOptions(5, busy.getLocalPort(), directory)))
                    .hasMessage("nothing can listen on 127.0.0.1:" + busy.getLocalPort() + " (the port is in use, or not allowed)");
        }
        assertThat(directory.resolve("demo.json")).doesNotExist();
    }

    @Test
    void theSignInServerAsksForATokenAndNamesItsProtectedResourceMetadata() throws Exception {
        DemoServer signIn = demo.servers().get(2);

        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(signIn.url()))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("resource_metadata=\"http://127.0.0.1:" + demo.port() + "/.well-known/oauth-protected-resource/mcp/oauth/");
    }

    @Test
    void theDemoUserSignsInAtTheSimulatedIdentityProviderByUserName() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> toProvider = browser.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + demo.port() + "/signin/connections")).build(), HttpResponse.BodyHandlers.ofString());
        URI loginPage = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(loginPage.toString()).startsWith(demo.identityProvider() + "/authorize?");
        assertThat(browser.send(HttpRequest.newBuilder(loginPage).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("name=\"username\"");

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(loginPage)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + DemoIdentityProvider.USER + "&claims=")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> callback = browser.send(HttpRequest.newBuilder(
                URI.create(signedIn.headers().firstValue("Location").orElseThrow())).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> connections = browser.send(HttpRequest.newBuilder(
                callback.uri().resolve(callback.headers().firstValue("Location").orElseThrow())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(connections.statusCode()).isEqualTo(200);
        assertThat(connections.body()).contains("Signed in as Demo User (demo@example.com)");
    }

    private static McpSyncClient connect(DemoServer server) {
        URI url = URI.create(server.url());
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder("http://" + url.getHost() + ":" + url.getPort()).endpoint(url.getPath()).build())
                .requestTimeout(Duration.ofSeconds(20)).build();
        client.initialize();
        return client;
    }
}

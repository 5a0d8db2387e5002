package dev.mdmmcp.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.store.ApiTokenRecord;
import dev.mdmmcp.server.store.Store;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment, config -> {
                    throw new AssertionError("the server must not start in this test");
                });
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void toolsPrintsATable() {
        assertThat(run(Map.of(), "tools")).isZero();

        assertThat(out().lines().findFirst()).hasValueSatisfying(header ->
                assertThat(header).matches("VENDOR +NAME +METHOD +HTTP +TITLE"));
        assertThat(out()).containsPattern("acmemdm +list_devices +list +GET /api/v1/devices +List devices")
                .containsPattern("acmermm +list_tickets +list +POST /v2/ticketing/trigger/board/\\{boardId}/run +List tickets of a board");
        assertThat(err()).isEmpty();
    }

    @Test
    void toolsJsonPrintsEveryToolWithSchemaAndAnnotations() throws Exception {
        assertThat(run(Map.of(), "tools", "--json")).isZero();

        JsonNode tools = new ObjectMapper().readTree(out());
        assertThat(tools.isArray()).isTrue();
        int fixtureTools = 0;
        JsonNode delete = null;
        for (JsonNode tool : tools) {
            if (tool.get("vendor").asText().startsWith("acme")) {
                fixtureTools++;
            }
            if (tool.get("vendor").asText().equals("acmemdm") && tool.get("name").asText().equals("delete_device")) {
                delete = tool;
            }
        }
        assertThat(fixtureTools).isEqualTo(12);
        assertThat(delete).isNotNull();
        assertThat(delete.get("vendor").asText()).isEqualTo("acmemdm");
        assertThat(delete.get("title").asText()).isEqualTo("Delete a device");
        assertThat(delete.get("method").asText()).isEqualTo("delete");
        assertThat(delete.get("tags").toString()).isEqualTo("[\"devices\"]");
        assertThat(delete.at("/http/verb").asText()).isEqualTo("DELETE");
        assertThat(delete.at("/http/path").asText()).isEqualTo("/api/v1/devices/{device_id}");
        assertThat(delete.at("/inputSchema/required/0").asText()).isEqualTo("device_id");
        assertThat(delete.at("/annotations/destructiveHint").asBoolean()).isTrue();
        assertThat(delete.get("description").asText()).isEqualTo("Removes a device record.");
    }

    @Test
    void unknownCommandsAndOptionsPrintUsageAndExit2() {
        assertThat(run(Map.of(), "start")).isEqualTo(Cli.USAGE);
        assertThat(err()).startsWith("mdm-mcp: unknown command 'start'").contains("Usage: java -jar mdm-mcp-server.jar");
        assertThat(run(Map.of(), "tools", "--yaml")).isEqualTo(Cli.USAGE);
        assertThat(run(Map.of(), "serve", "--port", "1")).isEqualTo(Cli.USAGE);
        assertThat(run(Map.of())).isEqualTo(Cli.USAGE);
        assertThat(out()).isEmpty();
    }

    @Test
    void theServerJarSendsDemoToTheDemoJarAndCarriesNoSimulator() {
        assertThat(run(Map.of(), "demo")).isEqualTo(Cli.USAGE);

        assertThat(err()).startsWith("mdm-mcp: the demo is not part of the server jar: run bin/mdm-mcp demo"
                + " (java -jar demo/target/mdm-mcp-demo.jar)" + System.lineSeparator() + Cli.USAGE_TEXT);
        assertThat(out()).isEmpty();
        assertThatThrownBy(() -> Class.forName("dev.mdmmcp.simulator.VendorSimulator"))
                .as("the simulators on the server's class path").isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void stdioNeedsAConfiguredServerNameOrAManagedServerToken() {
        assertThat(run(Map.of(), "stdio", "--server", "audit")).isEqualTo(Cli.USAGE);
        assertThat(err()).startsWith("mdm-mcp: stdio needs a configuration: pass --config FILE or set MDM_MCP_CONFIG");
        assertThat(run(Map.of("MDM_MCP_CONFIG", "mdm-mcp.yaml"), "stdio")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("mdm-mcp: stdio needs exactly one of --server NAME (a server of the configuration"
                + " file), --token-file FILE and MDM_MCP_STDIO_TOKEN (the URL token of a managed server)");
        assertThat(run(Map.of(), "stdio", "--server", "audit", "--token-file", "t")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("stdio needs exactly one of --server NAME");
        assertThat(run(Map.of("MDM_MCP_STDIO_TOKEN", "t"), "stdio", "--server", "audit")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("stdio needs exactly one of --server NAME");
        assertThat(run(Map.of(), "stdio", "--token-file")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("mdm-mcp: --token-file needs a value");
        assertThat(run(Map.of(), "stdio", "--config", "mdm-mcp.yaml", "--server")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("mdm-mcp: --server needs a value");
        assertThat(run(Map.of(), "stdio", "--port", "1")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("mdm-mcp: unknown option '--port' for stdio");
        assertThat(out()).isEmpty();
    }

    @Test
    void stdioTakesNoTokenAsAnArgumentSinceEveryLocalUserCanReadArguments() {
        for (String[] arguments : new String[][] {{"stdio", "--token", "secret-url-token"}, {"stdio", "--token=secret-url-token"}}) {
            assertThat(run(Map.of(), arguments)).isEqualTo(Cli.USAGE);
            assertThat(err()).startsWith("mdm-mcp: --token is gone: a token in the process arguments is readable by every"
                    + " local user. Put the URL token in a file only you can read and pass --token-file FILE, or set"
                    + " MDM_MCP_STDIO_TOKEN\n").doesNotContain("secret-url-token");
        }
    }

    @Test
    void serveWithoutConfigurationFileTakesEverythingFromTheEnvironment(@TempDir Path directory) {
        List<ServerConfig> started = new ArrayList<>();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("MDM_MCP_PORT", "9123", "MDM_MCP_DATA_DIR", directory.toString(),
                        "MDM_MCP_PUBLIC_URL", "https://mcp.example.com/"),
                config -> {
                    started.add(config);
                    throw new IllegalStateException("not starting in a test");
                });

        assertThat(cli.run("serve")).isEqualTo(Cli.FAILED);

        assertThat(started).hasSize(1);
        assertThat(started.get(0).port()).isEqualTo(9123);
        assertThat(started.get(0).servers()).isEmpty();
        assertThat(started.get(0).managed().dataDir()).isEqualTo(directory);
        assertThat(started.get(0).managed().publicUrl()).contains(URI.create("https://mcp.example.com"));
        assertThat(err()).contains("cannot start on 127.0.0.1:9123: not starting in a test");
    }

    @Test
    void apiTokenCreatePrintsTheTokenOnceAndStoresOnlyItsHash(@TempDir Path directory) throws Exception {
        Map<String, String> environment = Map.of("MDM_MCP_DATA_DIR", directory.toString());

        assertThat(run(environment, "api-token", "create", "--name", "ci")).isZero();

        String token = out().strip();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(err()).contains("admin API token 'ci' created. It is shown only this once").doesNotContain(token);
        try (Store store = Store.open(ServerConfig.fromEnvironment(environment).managed())) {
            assertThat(store.apiTokens().list()).singleElement().satisfies(stored -> {
                assertThat(stored.name()).isEqualTo("ci");
                assertThat(stored.tokenHash()).isEqualTo(TokenHash.of(token));
                assertThat(stored.scope()).isEqualTo(ApiTokenRecord.Scope.ADMIN);
            });
            assertThat(store.apiTokens().findByHash(TokenHash.of(token))).isPresent();
        }
        // The database file holds the hash, never the token.
        for (Path file : Files.list(directory).toList()) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(token);
        }
    }

    @Test
    void anMcpAccessTokenNamesExistingServersAndAnAdminTokenNone(@TempDir Path directory) {
        Map<String, String> environment = Map.of("MDM_MCP_DATA_DIR", directory.toString());

        assertThat(run(environment, "api-token", "create", "--name", "claude", "--scope", "mcp")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--scope mcp needs --server ID: the MCP servers (require_api_token_auth) the token opens");
        assertThat(run(environment, "api-token", "create", "--name", "claude", "--server", "s1")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--server names the MCP servers of an MCP-access token: use it with --scope mcp");
        assertThat(run(environment, "api-token", "create", "--name", "claude", "--scope", "root")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--scope must be admin or mcp, not 'root'");
        assertThat(run(environment, "api-token", "create", "--name", "claude", "--scope", "mcp", "--server", "nope"))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("there is no MCP server 'nope' (--server takes the id the admin API shows)");
        assertThat(run(environment, "api-token", "list")).isZero();
        assertThat(out()).doesNotContain("claude");
    }

    @Test
    void apiTokenNamesAreUniqueAndRevokedTokensAreGone(@TempDir Path directory) {
        Map<String, String> environment = Map.of("MDM_MCP_DATA_DIR", directory.toString());
        assertThat(run(environment, "api-token", "create", "--name", "ci")).isZero();

        assertThat(run(environment, "api-token", "create", "--name", "ci")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("an API token named 'ci' exists already");
        assertThat(run(environment, "api-token", "list")).isZero();
        assertThat(out()).containsPattern("(?m)^NAME +SCOPE +CREATED +SERVERS$").containsPattern("(?m)^ci +admin +20\\d\\d-");
        assertThat(run(environment, "api-token", "revoke", "--name", "ci")).isZero();
        assertThat(run(environment, "api-token", "revoke", "--name", "ci")).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("there is no API token named 'ci'");
    }

    @Test
    void apiTokenCommandLineMistakesAreUsageErrors() {
        assertThat(run(Map.of(), "api-token")).isEqualTo(Cli.USAGE);
        assertThat(run(Map.of(), "api-token", "create")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("api-token create needs --name NAME");
        assertThat(run(Map.of(), "api-token", "rotate", "--name", "x")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown api-token subcommand 'rotate'; valid: create, list, revoke");
    }

    @Test
    void badConfigurationIsOneLineNamingKeyAndFileWithExit1(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("bad.yaml");
        Files.writeString(file, "servers:\n  a:\n    account: nowhere\n    token: " + "t".repeat(40) + "\n");

        assertThat(run(Map.of(), "serve", "--config", file.toString())).isEqualTo(Cli.FAILED);

        assertThat(err().lines()).hasSize(1);
        assertThat(err()).contains(file.toString()).contains("servers.a.account").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void configurationFileMayComeFromTheEnvironment(@TempDir Path directory) {
        Path missing = directory.resolve("missing.yaml");

        assertThat(run(Map.of("MDM_MCP_CONFIG", missing.toString()), "serve")).isEqualTo(Cli.FAILED);
        assertThat(err()).isEqualTo("mdm-mcp: configuration file " + missing + " does not exist" + System.lineSeparator());
    }

    @Test
    void helpGoesToStandardOutput() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).contains("serve [--config FILE]");
    }
}

package dev.mdmmcp.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.tool.MethodClass;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    private static final String TOKEN = "0123456789abcdefghijklmnopqrstuvwxyz";

    private static final String MINIMAL = """
            accounts:
              kandji-prod:
                vendor: acmemdm
                base_url: https://acme.api.acmemdm.test/
                credentials:
                  api_token: the-api-token
            servers:
              audit:
                account: kandji-prod
                token: %s
            """.formatted(TOKEN);

    private static ServerConfig read(String yaml) {
        return read(yaml, Map.of());
    }

    private static ServerConfig read(String yaml, Map<String, String> environment) {
        return ServerConfig.fromYaml(yaml, environment, TestConfigs.catalogs());
    }

    private static String failure(String yaml) {
        return failure(yaml, Map.of());
    }

    private static String failure(String yaml, Map<String, String> environment) {
        try {
            read(yaml, environment);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("expected a configuration error");
    }

    @Test
    void minimalConfigurationGetsDefaultsAndEveryTool() {
        ServerConfig config = read(MINIMAL);

        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.cursorSecret()).isEmpty();
        assertThat(config.maxRequestBytes()).isEqualTo(1024 * 1024);
        AccountConfig account = config.account("kandji-prod");
        assertThat(account.vendorId()).isEqualTo("acmemdm");
        assertThat(account.baseUrl()).isEqualTo(URI.create("https://acme.api.acmemdm.test"));
        assertThat(account.credentials().required("api_token").reveal()).isEqualTo("the-api-token");
        McpServerConfig server = config.servers().get("audit");
        assertThat(server.token().orElseThrow().reveal()).isEqualTo(TOKEN);
        assertThat(server.filter().methods()).containsExactlyInAnyOrder(MethodClass.values());
        assertThat(server.filter().tags()).isEmpty();
    }

    @Test
    void readAndWriteExpandToTheirMethodClasses() {
        ServerConfig config = read(MINIMAL + "    methods: [read, delete]\n    tags: [devices, actions]\n");

        McpServerConfig server = config.servers().get("audit");
        assertThat(server.filter().methods())
                .containsExactlyInAnyOrder(MethodClass.LIST, MethodClass.GET, MethodClass.DELETE);
        assertThat(server.filter().tags()).containsExactlyInAnyOrder("devices", "actions");
        assertThat(read(MINIMAL + "    methods: [write]\n").servers().get("audit").filter().methods())
                .containsExactlyInAnyOrder(MethodClass.CREATE, MethodClass.UPDATE, MethodClass.DELETE, MethodClass.CUSTOM);
    }

    @Test
    void environmentOverridesScalarsWhetherDeclaredOrNot() {
        Map<String, String> environment = Map.of(
                "MDM_MCP_PORT", "9191",
                "MDM_MCP_HOST", "0.0.0.0",
                "MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN", "from-environment",
                "MDM_MCP_ACCOUNTS_KANDJI_PROD_BASE_URL", "https://other.api.acmemdm.test",
                "MDM_MCP_CURSOR_SECRET", "x".repeat(32));

        ServerConfig config = read(MINIMAL, environment);

        assertThat(config.port()).isEqualTo(9191);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.account("kandji-prod").credentials().required("api_token").reveal()).isEqualTo("from-environment");
        assertThat(config.account("kandji-prod").baseUrl()).isEqualTo(URI.create("https://other.api.acmemdm.test"));
        assertThat(config.cursorSecret()).map(Secret::reveal).contains("x".repeat(32));
    }

    @Test
    void emptyValuesAreFilledFromTheEnvironment() {
        String yaml = MINIMAL.replace("api_token: the-api-token", "api_token:").replace("token: " + TOKEN, "token: \"\"");
        Map<String, String> environment = Map.of(
                "MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN", "secret-from-env",
                "MDM_MCP_SERVERS_AUDIT_TOKEN", TOKEN);

        ServerConfig config = read(yaml, environment);

        assertThat(config.account("kandji-prod").credentials().required("api_token").reveal()).isEqualTo("secret-from-env");
        assertThat(config.servers().get("audit").token().orElseThrow().reveal()).isEqualTo(TOKEN);
    }

    @Test
    void emptyCredentialWithoutEnvironmentNamesKeyFileAndVariable() {
        String message = failure(MINIMAL.replace("api_token: the-api-token", "api_token:"));

        assertThat(message).isEqualTo("configuration error in the configuration text: "
                + "accounts.kandji-prod.credentials.api_token is required: set it in the configuration text or in "
                + "MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN");
    }

    @Test
    void fileErrorsNameTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("mdm-mcp.yaml");
        Files.writeString(file, MINIMAL.replace("api_token: the-api-token", "api_token:"));

        assertThatThrownBy(() -> ServerConfig.fromFile(file, Map.of(), TestConfigs.catalogs()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("configuration error in " + file + ": accounts.kandji-prod.credentials.api_token is required: "
                        + "set it in " + file + " or in MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN");
        assertThatThrownBy(() -> ServerConfig.fromFile(directory.resolve("missing.yaml"), Map.of(), TestConfigs.catalogs()))
                .hasMessageContaining("missing.yaml does not exist");
    }

    @Test
    void portMustBeANumberInRange() {
        assertThat(failure("port: 70000\n" + MINIMAL)).contains("port must be a whole number from 0 to 65535, got '70000'");
        assertThat(failure(MINIMAL, Map.of("MDM_MCP_PORT", "http"))).contains("port").contains("(from MDM_MCP_PORT)");
    }

    @Test
    void maxRequestBytesIsABoundedWholeNumber() {
        assertThat(read("max_request_bytes: 4096\n" + MINIMAL).maxRequestBytes()).isEqualTo(4096);
        assertThat(read(MINIMAL, Map.of("MDM_MCP_MAX_REQUEST_BYTES", "65536")).maxRequestBytes()).isEqualTo(65536);
        assertThat(failure("max_request_bytes: 10\n" + MINIMAL))
                .contains("max_request_bytes must be a whole number of bytes from 1024 to 67108864, got '10'");
        assertThat(failure("max_request_bytes: 1MB\n" + MINIMAL)).contains("max_request_bytes").contains("got '1MB'");
    }

    @Test
    void resultMaxCharsDefaultsToOneHundredThousandAndIsABoundedWholeNumber() {
        assertThat(read(MINIMAL).resultMaxChars()).isEqualTo(100_000);
        assertThat(read("result_max_chars: 40000\n" + MINIMAL).resultMaxChars()).isEqualTo(40_000);
        assertThat(read(MINIMAL, Map.of("MDM_MCP_RESULT_MAX_CHARS", "60000")).resultMaxChars()).isEqualTo(60_000);
        assertThat(failure("result_max_chars: 500\n" + MINIMAL))
                .contains("result_max_chars must be a whole number of characters from 2000 to 10000000, got '500'");
        assertThat(failure(MINIMAL, Map.of("MDM_MCP_RESULT_MAX_CHARS", "100k")))
                .contains("result_max_chars must be a whole number of characters from 2000 to 10000000, got '100k'"
                        + " (from MDM_MCP_RESULT_MAX_CHARS)");
    }

    @Test
    void unknownKeysAreRejectedWithTheValidOnes() {
        assertThat(failure("prot: 8080\n" + MINIMAL)).contains("prot is not a configuration key (did you mean port?); valid: host, port");
        assertThat(failure(MINIMAL.replace("    vendor: acmemdm", "    vendor: acmemdm\n    region: eu")))
                .contains("accounts.kandji-prod.region is not a key of an account; valid: vendor, base_url, credentials");
        assertThat(failure(MINIMAL + "    tag: [devices]\n"))
                .contains("servers.audit.tag is not a key of a server (did you mean tags?); valid: account, token, methods, tags");
    }

    @Test
    void everyProblemOfTheFileIsListedInOneError() {
        String yaml = "port: http\n" + MINIMAL.replace("    vendor: acmemdm", "    vendor: acmemdm\n    rate_limits: {per_second: x}")
                + "    tool_mode: search\n";

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(ConfigException.class).hasMessage("""
                3 configuration errors in the configuration text:
                  - port must be a whole number from 0 to 65535, got 'http'
                  - accounts.kandji-prod.rate_limits.per_second must be a whole number from 0 to 1000000, got 'x'
                  - servers.audit.tool_mode is 'search', which is no tool mode; valid: all, discovery""");
    }

    @Test
    void aValueFromTheEnvironmentNamesItsVariableOnce() {
        String variable = "MDM_MCP_ACCOUNTS_KANDJI_PROD_RATE_LIMITS_SHARE";

        assertThat(failure(MINIMAL, Map.of(variable, "lots"))).isEqualTo("configuration error in the configuration text:"
                + " accounts.kandji-prod.rate_limits.share must be a percentage from 1 to 100 (like 80 or 80%), got 'lots'"
                + " (from " + variable + ")");
    }

    @Test
    void secretValuesAreNeverQuotedWhateverIsWrongWithThem() {
        Map<String, String> environment = Map.of(
                "MDM_MCP_SERVERS_AUDIT_TOKEN", "secret-token",
                "MDM_MCP_CURSOR_SECRET", "secret-cursor",
                "MDM_MCP_ADMIN_TOKEN", "secret-admin",
                "MDM_MCP_MASTER_KEY", "secret-master",
                "MDM_MCP_DB_URL", "secret-database");

        Throwable thrown = catchThrowable(() -> read(MINIMAL, environment));

        assertThat(thrown).isInstanceOf(ConfigException.class);
        assertThat(thrown.getMessage()).startsWith("5 configuration errors").contains("(from MDM_MCP_SERVERS_AUDIT_TOKEN)",
                "(from MDM_MCP_CURSOR_SECRET)", "(from MDM_MCP_ADMIN_TOKEN)", "(from MDM_MCP_MASTER_KEY)",
                "(from MDM_MCP_DB_URL)").doesNotContain("secret-");
    }

    @Test
    void anAccountThatIsWrongGivesNoSecondProblemAtTheServersUsingIt() {
        assertThat(failure(MINIMAL.replace("https://acme.api.acmemdm.test/", "ftp://acme.test")))
                .contains("accounts.kandji-prod.base_url must be an absolute http(s) URL");
    }

    @Test
    void vendorMustBeACatalogVendor() {
        assertThat(failure(MINIMAL.replace("vendor: acmemdm", "vendor: jamf")))
                .contains("accounts.kandji-prod.vendor 'jamf' is not a vendor of this build; known vendors: acmekey, acmemdm, acmermm");
    }

    @Test
    void credentialsMustMatchTheAuthStyle() {
        assertThat(failure(MINIMAL.replace("api_token: the-api-token", "api_token: t\n      client_id: c")))
                .contains("accounts.kandji-prod.credentials.client_id is not a credential of acmemdm (auth style bearer_token); valid: api_token");
        String oauth = MINIMAL.replace("vendor: acmemdm", "vendor: acmermm")
                .replace("api_token: the-api-token", "client_id: c");
        assertThat(failure(oauth)).contains("accounts.kandji-prod.credentials.client_secret is required");
        ServerConfig withScope = read(oauth.replace("client_id: c", "client_id: c\n      client_secret: s\n      scope: monitoring management"));
        assertThat(withScope.account("kandji-prod").credentials().field("scope")).isPresent();
    }

    @Test
    void baseUrlMustBeAnAbsoluteHttpUrl() {
        for (String bad : new String[] {"acme.api.acmemdm.test", "ftp://acme.test", "https://acme.test/?x=1", "https://"}) {
            assertThat(failure(MINIMAL.replace("https://acme.api.acmemdm.test/", bad)))
                    .contains("accounts.kandji-prod.base_url must be an absolute http(s) URL")
                    .contains("https://{subdomain}.api.acmemdm.test");
        }
    }

    @Test
    void serverMustReferenceADeclaredAccount() {
        assertThat(failure(MINIMAL.replace("account: kandji-prod", "account: kandji-test")))
                .contains("servers.audit.account names 'kandji-test', which is not declared under accounts; declared: kandji-prod");
    }

    @Test
    void tokensMustBeWellFormedAndNeverEchoed() {
        String shortToken = "short-token";
        String message = failure(MINIMAL.replace(TOKEN, shortToken));
        assertThat(message).contains("servers.audit.token must be at least 32 characters").doesNotContain(shortToken);
        String withSlash = TOKEN + "/x";
        assertThat(failure(MINIMAL.replace(TOKEN, withSlash))).doesNotContain(withSlash);
    }

    @Test
    void tokensMustBeUnique() {
        String yaml = MINIMAL + """
                  second:
                    account: kandji-prod
                    token: %s
                """.formatted(TOKEN);

        assertThat(failure(yaml)).contains("servers.second.token is the same as servers.audit.token").doesNotContain(TOKEN);
    }

    @Test
    void aServerListsAllToolsUnlessItsToolModeIsDiscovery() {
        assertThat(read(MINIMAL).servers().get("audit").toolMode()).isEqualTo(ToolMode.ALL);
        assertThat(read(MINIMAL + "    tool_mode: discovery\n").servers().get("audit").toolMode()).isEqualTo(ToolMode.DISCOVERY);
        assertThat(failure(MINIMAL + "    tool_mode: search\n"))
                .contains("servers.audit.tool_mode is 'search', which is no tool mode; valid: all, discovery");
    }

    @Test
    void methodsAndTagsMustBeValid() {
        assertThat(failure(MINIMAL + "    methods: [reed]\n"))
                .contains("servers.audit.methods has 'reed', which is no method selection; valid: read, write, list, get");
        assertThat(failure(MINIMAL + "    methods: []\n")).contains("servers.audit.methods is empty");
        assertThat(failure(MINIMAL + "    tags: [tickets]\n"))
                .contains("servers.audit.tags has 'tickets', which no tool of acmemdm carries; valid: actions, devices, library");
        assertThat(failure(MINIMAL + "    methods: read\n")).contains("servers.audit.methods must be a list");
    }

    @Test
    void filterThatLeavesNoToolIsRejected() {
        assertThat(failure(MINIMAL + "    methods: [create]\n"))
                .contains("servers.audit selects no tool of acmemdm with its methods and tags");
    }

    @Test
    void allowedHostsAndOriginsAreLists() {
        ServerConfig config = read("allowed_hosts: [mcp.example.com]\nallowed_origins: [https://claude.ai]\n" + MINIMAL);

        assertThat(config.allowedHosts()).containsExactly("mcp.example.com");
        assertThat(config.allowedOrigins()).containsExactly("https://claude.ai");
        assertThat(failure("allowed_hosts: mcp.example.com\n" + MINIMAL)).contains("allowed_hosts must be a list");
    }

    @Test
    void aConfigurationWithoutServersIsValidForManagedServersOnly() {
        ServerConfig config = read("port: 1\n");

        assertThat(config.servers()).isEmpty();
        assertThat(config.accounts()).isEmpty();
    }

    @Test
    void namesThatShareEnvironmentVariablesAreRejected() {
        String yaml = MINIMAL.replace("servers:", """
                  kandji_prod:
                    vendor: acmemdm
                    base_url: https://b.test
                    credentials:
                      api_token: t
                servers:""");

        assertThat(failure(yaml)).contains("accounts.kandji_prod and accounts.kandji-prod map to the same environment variables");
    }

    @Test
    void cursorSecretMustBeLongEnoughAndStaysHidden() {
        assertThat(failure("cursor_secret: too-short\n" + MINIMAL))
                .contains("cursor_secret must be at least 32 characters long").doesNotContain("too-short");
    }

    @Test
    void invalidYamlGivesPositionWithoutContent() {
        String message = failure("accounts:\n  a: [unclosed\nsecret-line: value-xyz\n");

        assertThat(message).startsWith("configuration error in the configuration text: not valid YAML at line");
        assertThat(message).doesNotContain("value-xyz");
    }

    @Test
    void secretsNeverAppearInToString() {
        ServerConfig config = read(MINIMAL);

        assertThat(config.toString()).doesNotContain("the-api-token").doesNotContain(TOKEN).contains("api_token");
    }

    @Test
    void environmentVariablesSetToEmptyCountAsUnset() {
        Map<String, String> environment = new HashMap<>();
        environment.put("MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN", "");

        ServerConfig config = read(MINIMAL, environment);

        assertThat(config.account("kandji-prod").credentials().required("api_token").reveal()).isEqualTo("the-api-token");
        assertThat(Set.of(EnvironmentOverrides.variableFor(java.util.List.of("accounts", "kandji-prod", "credentials", "api_token"))))
                .containsExactly("MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN");
    }
}

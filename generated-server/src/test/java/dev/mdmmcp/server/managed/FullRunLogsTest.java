package dev.mdmmcp.server.managed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.TestHttp.json;
import static dev.mdmmcp.server.TestServer.toolsCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A full run of {@code mdm-mcp} in its own process, as shipped: no configuration file, the
 * embedded store under {@code ./data}, the shipped logging configuration. Everything an operator
 * and a client would do happens once; then the whole log output is searched for every credential,
 * token and argument value that went through the server. None may appear.
 */
class FullRunLogsTest {

    private static final String ADMIN_TOKEN = "full-run-admin-token-0123456789abcdefgh";
    private static final String MDM_SECRET = "mdm-api-token-secret-7311";
    private static final String MDM_ROTATED = "mdm-api-token-rotated-9044";
    private static final String RMM_SECRET = "rmm-client-secret-5521";
    private static final String RMM_ACCESS_TOKEN = "rmm-access-token-6633";
    private static final String ARGUMENT_VALUE = "PRIVATE-SERIAL-C02X1234";
    private static final String WRONG_BEARER = "wrong-bearer-guess-1177";
    private static final Pattern TOKEN_LINE = Pattern.compile("(?m)^([A-Za-z0-9_-]{43})$");

    private WireMockServer vendor;
    private final List<String> secrets = new ArrayList<>(List.of(ADMIN_TOKEN, MDM_SECRET, MDM_ROTATED, RMM_SECRET,
            RMM_ACCESS_TOKEN, ARGUMENT_VALUE, WRONG_BEARER));

    @BeforeEach
    void startVendor() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/" + ARGUMENT_VALUE)).willReturn(okJson("{\"device_id\":\"d1\"}")));
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/d2"))
                .willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Invalid token.\"}")));
        vendor.stubFor(post(urlPathEqualTo("/ws/oauth/token")).willReturn(okJson(
                "{\"access_token\":\"" + RMM_ACCESS_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        vendor.stubFor(get(urlPathEqualTo("/v2/devices")).willReturn(okJson("[{\"id\":1,\"systemName\":\"DB-PROD-01\"}]")));
    }

    @AfterEach
    void stopVendor() {
        vendor.stop();
    }

    @Test
    void noCredentialTokenOrArgumentValueAppearsInTheLogsOfAFullRun() throws Exception {
        Path directory = Path.of("target", "process-runs", UUID.randomUUID().toString()).toAbsolutePath();
        // The bootstrap token also opens the require_api_token_auth server here (admin_token_opens_mcp).
        Map<String, String> environment = Map.of("MDM_MCP_PORT", "0", "MDM_MCP_ADMIN_TOKEN", ADMIN_TOKEN,
                "MDM_MCP_ADMIN_TOKEN_OPENS_MCP", "true", "MDM_MCP_ALLOWED_UPSTREAM_HOSTS", "loopback");
        Path tokenLog = directory.resolve("api-token.log");
        assertThat(ServerProcess.run(directory, environment, tokenLog, "api-token", "create", "--name", "ci")).isZero();
        Matcher created = TOKEN_LINE.matcher(ServerProcess.read(tokenLog));
        assertThat(created.find()).as(ServerProcess.read(tokenLog)).isTrue();
        String apiToken = created.group(1);
        secrets.add(apiToken);
        StringBuilder logs = new StringBuilder(ServerProcess.read(tokenLog).replace(apiToken, ""));

        try (ServerProcess server = ServerProcess.serve(directory, environment)) {
            exercise(server, apiToken);
            Path busyLog = directory.resolve("api-token-busy.log");
            assertThat(ServerProcess.run(directory, environment, busyLog, "api-token", "create", "--name", "other"))
                    .isEqualTo(1);
            assertThat(ServerProcess.read(busyLog)).contains("the embedded database is in use by another process");
            logs.append(ServerProcess.read(busyLog));
            server.close();
            logs.append(server.log());
        }

        Path data = directory.resolve("data");
        secrets.add(Files.readString(data.resolve("master.key")).strip());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("master.key"))))
                .isEqualTo("rw-------");
        String text = logs.toString();
        assertThat(text).contains("store: embedded H2 in " + data, "created master key", "tool call request=",
                "outcome=ok", "outcome=auth_failed", "admin: revoked MCP server", "admin: deleted integrated account");
        for (String secret : secrets) {
            assertThat(text).as("the logs must not contain a secret").doesNotContain(secret);
        }
        assertThat(text).doesNotContainPattern("[A-Za-z0-9_-]{43}");
    }

    /** What operators and clients do in a day: accounts, servers, calls, failures, rotation, revocation. */
    private void exercise(ServerProcess server, String apiToken) {
        TestHttp admin = new TestHttp(server.baseUrl(), apiToken);
        String mdm = admin.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"" + MDM_SECRET + "\"}");
        String rmm = admin.createAccount("acmermm", vendor.baseUrl(),
                "{\"client_id\":\"rmm-client\",\"client_secret\":\"" + RMM_SECRET + "\"}");
        JsonNode audit = admin.createServer(mdm, "{\"name\":\"audit\",\"require_api_token_auth\":true}");
        JsonNode triage = admin.createServer(rmm, "{\"name\":\"triage\",\"config\":{\"methods\":[\"read\"]}}");
        String auditToken = TestServer.tokenOf(audit);
        String triageToken = TestServer.tokenOf(triage);
        secrets.add(auditToken);
        secrets.add(triageToken);

        String bearer = "Bearer " + ADMIN_TOKEN;
        assertThat(json(admin.mcp(auditToken, toolsCall("get_device", "{\"device_id\":\"" + ARGUMENT_VALUE + "\"}"),
                "Authorization", bearer)).at("/result/isError").asBoolean()).isFalse();
        assertThat(json(admin.mcp(auditToken, toolsCall("get_device", "{\"device_id\":\"d2\"}"), "Authorization", bearer))
                .at("/result/isError").asBoolean()).isTrue();
        admin.mcp(auditToken, toolsCall("get_device", "{\"device_id\":\"" + ARGUMENT_VALUE + "\",\"extra\":\"" + ARGUMENT_VALUE
                + "\"}"), "Authorization", bearer);
        assertThat(admin.mcp(auditToken, TestServer.TOOLS_LIST, "Authorization", "Bearer " + WRONG_BEARER).statusCode())
                .isEqualTo(401);
        assertThat(json(admin.mcp(triageToken, toolsCall("list_devices", "{\"df\":\"" + ARGUMENT_VALUE + "\"}")))
                .at("/result/isError").asBoolean()).isFalse();
        assertThat(admin.mcp(triageToken.substring(1) + "x", TestServer.TOOLS_LIST).statusCode()).isEqualTo(404);
        assertThat(admin.admin("GET", "/integrated-account", null, "Bearer " + WRONG_BEARER).statusCode()).isEqualTo(401);
        assertThat(admin.admin("POST", "/integrated-account", "{\"integration\":\"acmemdm\",\"name\":\"x\",\"base_url\":"
                + "\"http://127.0.0.1:9\",\"credentials\":{\"api_token\":\"" + MDM_SECRET + "\",\"password\":\"" + MDM_ROTATED
                + "\"}}").statusCode()).isEqualTo(400);
        assertThat(admin.admin("PATCH", "/integrated-account/" + mdm, "{\"credentials\":{\"api_token\":\"" + MDM_ROTATED
                + "\"}}").statusCode()).isEqualTo(200);
        admin.mcp(auditToken, toolsCall("get_device", "{\"device_id\":\"" + ARGUMENT_VALUE + "\"}"), "Authorization", bearer);
        assertThat(admin.admin("GET", "/integrated-account/" + mdm + "/mcp/" + audit.get("id").asText() + "/calls", null)
                .statusCode()).isEqualTo(200);
        assertThat(admin.admin("DELETE", "/integrated-account/" + rmm + "/mcp/" + triage.get("id").asText(), null)
                .statusCode()).isEqualTo(204);
        assertThat(admin.mcp(triageToken, TestServer.TOOLS_LIST).statusCode()).isEqualTo(404);
        assertThat(admin.admin("DELETE", "/integrated-account/" + mdm, null).statusCode()).isEqualTo(204);
        assertThat(server.get("/observe/health/ready").statusCode()).isEqualTo(200);
        assertThat(server.get("/observe/metrics").statusCode()).isEqualTo(200);
    }
}

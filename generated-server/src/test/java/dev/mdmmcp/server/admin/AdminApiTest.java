package dev.mdmmcp.server.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mdmmcp.server.TestServer.json;
import static dev.mdmmcp.server.TestServer.toolsCall;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.VendorFolders;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint of the admin API and every error it answers, through HTTP. */
class AdminApiTest extends ServerWithVendorTest {

    private static final String MDM_SECRET = "mdm-secret-value-123";

    @BeforeEach
    void resetVendor() {
        vendor.resetAll();
    }

    private String account() {
        return server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"" + MDM_SECRET + "\"}");
    }

    private static void assertInvalid(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("invalid_request");
        if (message != null) {
            assertThat(body.get("message").asText()).isEqualTo(message);
        }
        if (field == null) {
            assertThat(body.has("field")).isFalse();
        } else {
            assertThat(body.get("field").asText()).isEqualTo(field);
        }
    }

    private static void assertNotFound(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).isEqualTo("not_found");
        assertThat(json(response).get("message").asText()).isEqualTo(message);
    }

    @Test
    void everyEndpointRefusesAMissingOrWrongApiTokenWith401() {
        String account = account();
        String mcp = server.createServer(account, "{\"name\":\"s\"}").get("id").asText();
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/integrated-account"}, new String[] {"GET", "/integrated-account"},
                new String[] {"GET", "/integrated-account/" + account}, new String[] {"PATCH", "/integrated-account/" + account},
                new String[] {"DELETE", "/integrated-account/" + account},
                new String[] {"POST", "/integrated-account/" + account + "/mcp"},
                new String[] {"GET", "/integrated-account/" + account + "/mcp"},
                new String[] {"GET", "/integrated-account/" + account + "/mcp/" + mcp},
                new String[] {"DELETE", "/integrated-account/" + account + "/mcp/" + mcp},
                new String[] {"GET", "/integrated-account/" + account + "/mcp/" + mcp + "/calls"},
                new String[] {"GET", "/integrated-account/no-such/thing"});
        for (String[] endpoint : endpoints) {
            for (String authorization : new String[] {null, "Bearer wrong-token", "Basic " + TestServer.ADMIN_TOKEN,
                    "Bearer ", TestServer.ADMIN_TOKEN}) {
                HttpResponse<String> response = server.admin(endpoint[0], endpoint[1], "{}", authorization);
                assertThat(response.statusCode()).as(endpoint[0] + " " + endpoint[1] + " with " + authorization).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
                assertThat(json(response).get("error").asText()).isEqualTo("unauthorized");
            }
        }
        assertThat(server.admin("GET", "/integrated-account/" + account, null, "bearer " + TestServer.ADMIN_TOKEN)
                .statusCode()).as("the scheme is case-insensitive").isEqualTo(200);
    }

    @Test
    void apiTokensCreatedOnTheCommandLineAreAcceptedUntilRevoked() throws Exception {
        Map<String, String> environment = Map.of("MDM_MCP_DATA_DIR", server.dataDir().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                environment);
        assertThat(cli.run("api-token", "create", "--name", "admin-test")).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();

        assertThat(server.admin("GET", "/integrated-account", null, "Bearer " + token).statusCode()).isEqualTo(200);

        assertThat(cli.run("api-token", "revoke", "--name", "admin-test")).isZero();
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status = 200;
        while (status == 200 && System.nanoTime() < deadline) {
            status = server.admin("GET", "/integrated-account", null, "Bearer " + token).statusCode();
            Thread.sleep(25);
        }
        assertThat(status).as("a revoked API token is refused within a second").isEqualTo(401);
    }

    @Test
    void createdAccountsAreReadWithoutCredentials() {
        HttpResponse<String> created = server.admin("POST", "/integrated-account", """
                {"integration":"acmemdm","name":"Acme prod","base_url":"%s/","credentials":{"api_token":"%s"}}"""
                .formatted(vendor.baseUrl(), MDM_SECRET));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode account = json(created);
        String id = account.get("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/integrated-account/" + id);
        assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(account.properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "integration", "name", "base_url", "created_at", "updated_at");
        assertThat(account.get("integration").asText()).isEqualTo("acmemdm");
        assertThat(account.get("name").asText()).isEqualTo("Acme prod");
        assertThat(account.get("base_url").asText()).isEqualTo(vendor.baseUrl());
        assertThat(json(server.admin("GET", "/integrated-account/" + id, null))).isEqualTo(account);
        JsonNode list = json(server.admin("GET", "/integrated-account", null));
        assertThat(list.get("items")).contains(account);
        for (HttpResponse<String> response : List.of(created, server.admin("GET", "/integrated-account", null),
                server.admin("GET", "/integrated-account/" + id, null))) {
            assertThat(response.body()).doesNotContain(MDM_SECRET).doesNotContain("credentials");
        }
    }

    @Test
    void perAccountHeadersAreRequiredAndOnlyTheNonSecretOnesAreShown() {
        String tenantSecret = "tenant-secret-value-456";
        assertInvalid(server.admin("POST", "/integrated-account", """
                {"integration":"acmekey","name":"MSP","base_url":"http://127.0.0.1:9","credentials":{"api_key":"k","org_id":"org-7"}}"""),
                "credentials.tenant_secret", "credentials.tenant_secret is required for acmekey: api_key, org_id,"
                        + " tenant_secret (auth style api_key_header)");

        HttpResponse<String> created = server.admin("POST", "/integrated-account", """
                {"integration":"acmekey","name":"MSP","base_url":"http://127.0.0.1:9","credentials":{"api_key":"k","org_id":"org-7","tenant_secret":"%s"}}"""
                .formatted(tenantSecret));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode account = json(created);
        assertThat(account.get("headers").toString()).isEqualTo("{\"X-Org-Id\":\"org-7\"}");
        assertThat(json(server.admin("GET", "/integrated-account/" + account.get("id").asText(), null))).isEqualTo(account);
        assertThat(server.admin("GET", "/integrated-account", null).body()).contains("\"X-Org-Id\":\"org-7\"")
                .doesNotContain(tenantSecret);
        assertThat(created.body()).doesNotContain(tenantSecret).doesNotContain("\"k\"");
    }

    @Test
    void invalidAccountsAre400NamingTheField() {
        String good = "\"name\":\"n\",\"base_url\":\"http://127.0.0.1:9\"";
        assertInvalid(server.admin("POST", "/integrated-account", "{\"integration\":"), null,
                "the body is not valid JSON (line 1, column 16)");
        assertInvalid(server.admin("POST", "/integrated-account", "[1]"), null, "the body must be a JSON object");
        assertInvalid(server.admin("POST", "/integrated-account", null), null, "the request needs a JSON object body");
        assertInvalid(server.admin("POST", "/integrated-account", "{" + good + "}"), "integration",
                "integration is required: one of " + String.join(", ", VendorFolders.all()));
        assertInvalid(server.admin("POST", "/integrated-account", "{\"integration\":\"jamf\"," + good + "}"),
                "integration", "integration 'jamf' is not known; valid: " + String.join(", ", VendorFolders.all()));
        assertInvalid(server.admin("POST", "/integrated-account", "{\"integration\":7," + good + "}"),
                "integration", "integration must be a string");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\",\"base_url\":\"http://127.0.0.1:9\",\"credentials\":{\"api_token\":\"t\"}}"),
                "name", "name is required");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\",\"name\":\" \",\"base_url\":\"http://127.0.0.1:9\",\"credentials\":{\"api_token\":\"t\"}}"),
                "name", "name must not be empty");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\",\"name\":\"n\",\"credentials\":{\"api_token\":\"t\"}}"),
                "base_url", "base_url is required, like https://{subdomain}.api.acmemdm.test");
        assertInvalid(server.admin("POST", "/integrated-account", "{\"integration\":\"acmemdm\",\"name\":\"n\","
                + "\"base_url\":\"ftp://user:pw@x.test\",\"credentials\":{\"api_token\":\"t\"}}"), "base_url",
                "base_url must be an absolute http(s) URL without user info, query or fragment, like"
                        + " https://{subdomain}.api.acmemdm.test");
        assertInvalid(server.admin("POST", "/integrated-account", "{\"integration\":\"acmemdm\"," + good + "}"),
                "credentials", "credentials is required: api_token (auth style bearer_token)");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\"," + good + ",\"credentials\":\"t\"}"),
                "credentials", "credentials must be a JSON object");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmermm\"," + good + ",\"credentials\":{\"client_id\":\"id\"}}"),
                "credentials.client_secret", "credentials.client_secret is required for acmermm: client_id, client_secret,"
                        + " optional scope (auth style oauth2_client_credentials)");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\"," + good + ",\"credentials\":{\"api_token\":\"t\",\"password\":\"p4ss\"}}"),
                "credentials.password", "credentials.password is not a known field; valid: api_token");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\"," + good + ",\"credentials\":{\"api_token\":12345}}"),
                "credentials.api_token", "credentials.api_token must be a string");
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"integration\":\"acmemdm\"," + good + ",\"credentials\":{\"api_token\":\"t\"},\"secret\":1}"),
                "secret", "secret is not a known field; valid: integration, name, base_url, credentials, rate_limits,"
                        + " max_concurrency, timeouts, max_response_bytes, circuit_breaker");
        assertThat(json(server.admin("GET", "/integrated-account", null)).get("items").toString())
                .as("nothing was created").doesNotContain("\"name\":\"n\"");
    }

    @Test
    void everyProblemOfABodyIsListedInOne400WithoutQuotingTheCredential() {
        HttpResponse<String> refused = server.admin("POST", "/integrated-account", """
                {"integration": "acmemdm", "name": "", "base_url": "http://127.0.0.1:9",
                 "credentials": {"api_token": "secret\\nvalue"}, "max_concurrency": "8"}""");

        assertInvalid(refused, "name", """
                name must not be empty
                credentials.api_token must not contain control characters (line breaks, tabs, NUL and the like)
                max_concurrency must be a whole number from 1 to 1000 as a JSON number, not the string "8\"""");
        assertThat(json(refused).get("problems").toString()).isEqualTo("[{\"field\":\"name\",\"message\":\"name must not"
                + " be empty\"},{\"field\":\"credentials.api_token\",\"message\":\"credentials.api_token must not contain"
                + " control characters (line breaks, tabs, NUL and the like)\"},{\"field\":\"max_concurrency\",\"message\":"
                + "\"max_concurrency must be a whole number from 1 to 1000 as a JSON number, not the string \\\"8\\\"\"}]");
        assertThat(refused.body()).doesNotContain("secret");
    }

    @Test
    void patchChangesNameBaseUrlAndCredentialsButNotTheIntegration() {
        String id = account();
        JsonNode before = json(server.admin("GET", "/integrated-account/" + id, null));

        HttpResponse<String> patched = server.admin("PATCH", "/integrated-account/" + id,
                "{\"name\":\"renamed\",\"credentials\":{\"api_token\":\"rotated-secret\"}}");

        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json(patched).get("name").asText()).isEqualTo("renamed");
        assertThat(json(patched).get("created_at")).isEqualTo(before.get("created_at"));
        assertThat(json(patched).get("updated_at").asText()).isGreaterThanOrEqualTo(before.get("updated_at").asText());
        assertThat(patched.body()).doesNotContain("rotated-secret");
        assertThat(json(server.admin("GET", "/integrated-account/" + id, null))).isEqualTo(json(patched));
        assertInvalid(server.admin("PATCH", "/integrated-account/" + id, "{\"integration\":\"acmermm\"}"), "integration",
                "integration cannot be changed: create a new integrated account");
        assertInvalid(server.admin("PATCH", "/integrated-account/" + id, "{}"), null,
                "nothing to change: send name, base_url, credentials or rate_limits, max_concurrency, timeouts,"
                        + " max_response_bytes, circuit_breaker");
        assertInvalid(server.admin("PATCH", "/integrated-account/" + id, "{\"credentials\":{}}"),
                "credentials.api_token", "credentials.api_token is required for acmemdm: api_token (auth style bearer_token)");
    }

    @Test
    void baseUrlsNameTheVendorsHostsOrTheOperatorsAndAChangedOneNeedsTheCredentialsAgain() {
        String kandji = "{\"integration\":\"kandji\",\"name\":\"k\",\"credentials\":{\"api_token\":\"t\"},\"base_url\":";
        String hosts = "base_url must name a host of kandji (*.api.kandji.io, *.api.eu.kandji.io), not '";
        String allowMore = " (the server's operator can allow more with allowed_upstream_hosts)";
        assertInvalid(server.admin("POST", "/integrated-account", kandji + "\"http://169.254.169.254/latest/meta-data\"}"),
                "base_url", hosts + "169.254.169.254'" + allowMore);
        assertInvalid(server.admin("POST", "/integrated-account", kandji + "\"https://acme.api.kandji.io.evil.example\"}"),
                "base_url", hosts + "acme.api.kandji.io.evil.example'" + allowMore);
        assertInvalid(server.admin("POST", "/integrated-account", kandji + "\"http://0x7f000001:8080\"}"), "base_url",
                "base_url's host '0x7f000001' is an address written in another form than a.b.c.d: not accepted");
        assertInvalid(server.admin("POST", "/integrated-account", kandji + "\"http://2130706433:8080\"}"), "base_url",
                "base_url's host '2130706433' is an address written in another form than a.b.c.d: not accepted");
        assertInvalid(server.admin("POST", "/integrated-account", kandji + "\"http://acme.api.kandji.io\"}"), "base_url",
                "base_url must use https for acme.api.kandji.io" + allowMore);
        HttpResponse<String> vendorHost = server.admin("POST", "/integrated-account", kandji + "\"https://acme.api.kandji.io\"}");
        assertThat(vendorHost.statusCode()).as(vendorHost.body()).isEqualTo(201);
        String id = json(vendorHost).get("id").asText();

        assertInvalid(server.admin("PATCH", "/integrated-account/" + id, "{\"base_url\":\"https://other.api.kandji.io\"}"),
                "credentials", "changing base_url needs the account's credentials again in the same request: api_token"
                        + " (auth style bearer_token)");
        assertInvalid(server.admin("PATCH", "/integrated-account/" + id,
                "{\"base_url\":\"https://evil.example\",\"credentials\":{\"api_token\":\"t2\"}}"),
                "base_url", hosts + "evil.example'" + allowMore);
        HttpResponse<String> moved = server.admin("PATCH", "/integrated-account/" + id,
                "{\"base_url\":\"http://[::1]:9\",\"credentials\":{\"api_token\":\"t2\"}}");
        assertThat(moved.statusCode()).as("loopback is on this server's list").isEqualTo(200);
        assertThat(json(moved).get("base_url").asText()).isEqualTo("http://[::1]:9");
    }

    @Test
    void unknownIdsAre404() {
        String account = account();
        String other = account();
        String mcp = server.createServer(other, "{\"name\":\"s\"}").get("id").asText();

        assertNotFound(server.admin("GET", "/integrated-account/nope", null), "no integrated account 'nope'");
        assertNotFound(server.admin("PATCH", "/integrated-account/nope", "{\"name\":\"x\"}"), "no integrated account 'nope'");
        assertNotFound(server.admin("DELETE", "/integrated-account/nope", null), "no integrated account 'nope'");
        assertNotFound(server.admin("POST", "/integrated-account/nope/mcp", "{\"name\":\"s\"}"),
                "no integrated account 'nope'");
        assertNotFound(server.admin("GET", "/integrated-account/nope/mcp", null), "no integrated account 'nope'");
        assertNotFound(server.admin("GET", "/integrated-account/" + account + "/mcp/nope", null),
                "no MCP server 'nope' of integrated account '" + account + "'");
        assertNotFound(server.admin("DELETE", "/integrated-account/" + account + "/mcp/nope", null),
                "no MCP server 'nope' of integrated account '" + account + "'");
        assertNotFound(server.admin("GET", "/integrated-account/" + account + "/mcp/nope/calls", null),
                "no MCP server 'nope' of integrated account '" + account + "'");
        assertNotFound(server.admin("GET", "/integrated-account/" + account + "/mcp/" + mcp, null),
                "no MCP server '" + mcp + "' of integrated account '" + account + "'");
        assertNotFound(server.admin("DELETE", "/integrated-account/" + account + "/mcp/" + mcp, null),
                "no MCP server '" + mcp + "' of integrated account '" + account + "'");
        assertThat(server.admin("GET", "/integrated-account/" + other + "/mcp/" + mcp, null).statusCode())
                .as("the server of the other account is untouched").isEqualTo(200);
    }

    @Test
    void aServersUrlIsShownOnceAtCreationAndNeverAgain() {
        String account = account();

        HttpResponse<String> created = server.admin("POST", "/integrated-account/" + account + "/mcp", """
                {"name":"audit","config":{"methods":["read"],"tags":["devices"]},"expires_at":"2999-01-01T00:00:00+01:00",
                 "require_api_token_auth":true}""");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        String id = body.get("id").asText();
        String token = TestServer.tokenOf(body);
        assertThat(body.get("url").asText()).isEqualTo(server.baseUrl() + "/mcp/" + token);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.headers().firstValue("Location")).contains("/integrated-account/" + account + "/mcp/" + id);
        assertThat(body.properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "name", "config", "expires_at", "require_api_token_auth", "auth", "created_at", "url");
        assertThat(body.get("auth").asText()).isEqualTo("url");
        assertThat(body.get("config").toString())
                .isEqualTo("{\"methods\":[\"read\"],\"tags\":[\"devices\"],\"tool_mode\":\"all\"}");
        assertThat(body.get("expires_at").asText()).isEqualTo("2998-12-31T23:00:00Z");
        assertThat(body.get("require_api_token_auth").asBoolean()).isTrue();

        HttpResponse<String> list = server.admin("GET", "/integrated-account/" + account + "/mcp", null);
        HttpResponse<String> one = server.admin("GET", "/integrated-account/" + account + "/mcp/" + id, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode withoutUrl = body.deepCopy();
        ((ObjectNode) withoutUrl).remove("url");
        assertThat(json(list).get("items")).containsExactly(withoutUrl);
        assertThat(json(one)).isEqualTo(withoutUrl);
        for (HttpResponse<String> response : List.of(list, one, server.admin("GET", "/integrated-account", null))) {
            assertThat(response.body()).doesNotContain(token).doesNotContain("\"url\":");
        }
        JsonNode open = server.createServer(account, "{\"name\":\"everything\"}");
        assertThat(open.get("config").toString()).isEqualTo("{\"methods\":null,\"tags\":null,\"tool_mode\":\"all\"}");
        assertThat(open.get("expires_at").isNull()).isTrue();
        assertThat(open.get("require_api_token_auth").asBoolean()).isFalse();
    }

    @Test
    void invalidServersAre400NamingTheField() {
        String account = account();
        String path = "/integrated-account/" + account + "/mcp";

        assertInvalid(server.admin("POST", path, "{\"config\":{}}"), "name", "name is required");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"methods\":[\"lists\"]}}"),
                "config.methods", "config.methods has 'lists', which is no method selection; valid: read, write, list,"
                        + " get, create, update, delete, custom");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"methods\":[]}}"),
                "config.methods", "config.methods is empty, which would offer no tool: leave it out to offer every method");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"methods\":\"read\"}}"),
                "config.methods", "config.methods must be a list of strings");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"tags\":[\"devices\",\"patches\"]}}"),
                "config.tags", "config.tags has 'patches', which no tool of acmemdm carries; valid: actions, devices, library");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"tags\":[]}}"),
                "config.tags", "config.tags is empty, which would offer no tool: leave it out to offer every tag");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"methods\":[\"delete\"],\"tags\":[\"library\"]}}"),
                "config", "config selects no tool of acmemdm: no tool has one of these methods and one of these tags;"
                        + " widen methods or tags");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":{\"method\":[\"read\"]}}"),
                "config.method", "config.method is not a known field (did you mean methods?); valid: methods, tags, tool_mode");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"config\":[\"read\"]}"),
                "config", "config must be a JSON object");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"expires_at\":\"2020-01-01T00:00:00Z\"}"),
                "expires_at", null);
        assertThat(json(server.admin("POST", path, "{\"name\":\"s\",\"expires_at\":\"2020-01-01T00:00:00Z\"}"))
                .get("message").asText()).startsWith("expires_at 2020-01-01T00:00:00Z is in the past: it must be later than ");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"expires_at\":\"2030-01-01T00:00:00\"}"),
                "expires_at", "expires_at must be an ISO-8601 date-time with an offset, like 2026-12-31T23:59:00Z;"
                        + " got '2030-01-01T00:00:00'");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"expires_at\":\"tomorrow\"}"), "expires_at",
                "expires_at must be an ISO-8601 date-time with an offset, like 2026-12-31T23:59:00Z; got 'tomorrow'");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"require_api_token_auth\":\"yes\"}"),
                "require_api_token_auth", "require_api_token_auth must be true or false");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\",\"expires\":\"2030-01-01T00:00:00Z\"}"),
                "expires", "expires is not a known field; valid: name, config, expires_at, require_api_token_auth, auth,"
                        + " allowed");
        assertInvalid(server.admin("POST", path, "{\"name\":\"s\""), null, "the body is not valid JSON (line 1, column 12)");
        assertThat(json(server.admin("GET", path, null)).get("items").size()).as("nothing was created").isZero();
    }

    @Test
    void revokingAServerEndsItsUrlAtOnce() {
        String account = account();
        JsonNode created = server.createServer(account, "{\"name\":\"s\"}");
        String token = TestServer.tokenOf(created);
        assertThat(server.mcp(token, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = server.admin("DELETE",
                "/integrated-account/" + account + "/mcp/" + created.get("id").asText(), null);

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(revoked.body()).isEmpty();
        assertThat(server.mcp(token, TestServer.TOOLS_LIST).statusCode()).isEqualTo(404);
        assertThat(json(server.admin("GET", "/integrated-account/" + account + "/mcp", null)).get("items").size()).isZero();
    }

    @Test
    void deletingAnAccountRevokesItsServers() {
        String account = account();
        String token = TestServer.tokenOf(server.createServer(account, "{\"name\":\"s\"}"));
        assertThat(server.mcp(token, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);

        assertThat(server.admin("DELETE", "/integrated-account/" + account, null).statusCode()).isEqualTo(204);

        assertThat(server.mcp(token, TestServer.TOOLS_LIST).statusCode()).isEqualTo(404);
        assertThat(server.admin("GET", "/integrated-account/" + account, null).statusCode()).isEqualTo(404);
        assertThat(server.admin("GET", "/integrated-account/" + account + "/mcp", null).statusCode()).isEqualTo(404);
    }

    @Test
    void callsListTheServersRecentToolCallsWithoutArgumentValuesAndCountRefusedOnes() {
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/PRIVATE-SERIAL-1")).willReturn(okJson("{\"device_id\":\"d1\"}")));
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/PRIVATE-SERIAL-2"))
                .willReturn(aResponse().withStatus(404).withBody("{\"detail\":\"Not found.\"}")));
        String account = account();
        JsonNode created = server.createServer(account, "{\"name\":\"s\"}");
        String token = TestServer.tokenOf(created);
        String calls = "/integrated-account/" + account + "/mcp/" + created.get("id").asText() + "/calls";
        assertThat(json(server.admin("GET", calls, null)).toString()).isEqualTo("{\"items\":[],\"refused\":[]}");

        HttpResponse<String> ok = server.mcp(token, toolsCall("get_device", "{\"device_id\":\"PRIVATE-SERIAL-1\"}"));
        server.mcp(token, toolsCall("get_device", "{\"device_id\":\"PRIVATE-SERIAL-2\"}"));
        server.mcp(token, toolsCall("list_parameters", "{\"limit\":\"many\"}"));
        server.mcp(token, toolsCall("list_parameters", "{\"limit\":\"lots\"}"));

        HttpResponse<String> response = server.admin("GET", calls, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode items = json(response).get("items");
        assertThat(items).hasSize(2);
        JsonNode last = items.get(0);
        assertThat(last.properties()).extracting(Map.Entry::getKey)
                .containsExactly("time", "request_id", "tool", "method", "outcome", "upstream_status", "duration_ms");
        assertThat(last.get("tool").asText()).isEqualTo("get_device");
        assertThat(last.get("outcome").asText()).isEqualTo("upstream_error");
        assertThat(last.get("upstream_status").asInt()).isEqualTo(404);
        JsonNode first = items.get(1);
        assertThat(first.get("tool").asText()).isEqualTo("get_device");
        assertThat(first.get("method").asText()).isEqualTo("get");
        assertThat(first.get("outcome").asText()).isEqualTo("ok");
        assertThat(first.get("upstream_status").asInt()).isEqualTo(200);
        assertThat(first.get("duration_ms").asLong()).isNotNegative();
        assertThat(first.get("request_id").asText()).isEqualTo(ok.headers().firstValue("X-Request-Id").orElseThrow());
        // Refused before sending: counted per minute and outcome, not kept one by one.
        JsonNode refused = json(response).get("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).properties()).extracting(Map.Entry::getKey).containsExactly("minute", "outcome", "calls");
        assertThat(refused.get(0).get("outcome").asText()).isEqualTo("invalid_arguments");
        assertThat(refused.get(0).get("calls").asLong()).isEqualTo(2);
        assertThat(refused.get(0).get("minute").asText()).endsWith(":00Z");
        assertThat(response.body()).doesNotContain("PRIVATE-SERIAL").doesNotContain("many").doesNotContain("lots");

        assertThat(json(server.admin("GET", calls + "?limit=1", null)).get("items")).containsExactly(last);
        assertInvalid(server.admin("GET", calls + "?limit=0", null), "limit", "limit must be a whole number from 1 to 500");
        assertInvalid(server.admin("GET", calls + "?limit=x", null), "limit", "limit must be a whole number from 1 to 500");
    }

    @Test
    void callsOfConfiguredServersAreNotRecordedAnywhere() {
        vendor.stubFor(get(anyUrl()).willReturn(okJson("{\"device_id\":\"d1\"}")));
        String account = account();
        JsonNode created = server.createServer(account, "{\"name\":\"s\"}");

        HttpResponse<String> call = server.mcp(TestConfigs.ADMIN_TOKEN, toolsCall("get_device", "{\"device_id\":\"d1\"}"));

        assertThat(call.body()).contains("\"isError\":false");
        vendor.verify(1, anyRequestedFor(anyUrl()));
        assertThat(json(server.admin("GET", "/integrated-account/" + account + "/mcp/" + created.get("id").asText()
                + "/calls", null)).get("items").size()).isZero();
    }
}

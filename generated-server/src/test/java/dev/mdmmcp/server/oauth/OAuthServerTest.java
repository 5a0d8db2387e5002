package dev.mdmmcp.server.oauth;

import static dev.mdmmcp.server.TestServer.json;
import static dev.mdmmcp.server.oauth.OAuthClientSimulation.mcp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.testing.LogCapture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An OAuth server end to end over HTTP (sign-in's part through {@link AuthorizationGrants}):
 * discovery, the code and refresh grants, revocation, the access-token check of the MCP
 * endpoint, and the negative matrix, where each refusal has its documented answer and grants nothing.
 */
class OAuthServerTest extends ServerWithVendorTest {

    private static final Person ALICE = new Person("sub-alice", Optional.of("alice@example.com"), Optional.of("Alice"),
            List.of());

    private String account;
    private String serverId;
    private String serverUrl;
    private OAuthClientSimulation client;

    @BeforeEach
    void createServerAndClient() {
        KnownDevice.stub(vendor);
        account = createAccount(server, vendor.baseUrl());
        JsonNode created = server.createServer(account, """
                {"name":"fleet","auth":"oauth","allowed":{"domains":["example.com"]}}""");
        serverId = created.get("id").asText();
        serverUrl = created.get("url").asText();
        client = OAuthClientSimulation.register(server);
    }

    @Test
    void withoutATokenTheServerAnswers401NamingItsProtectedResourceMetadata() {
        HttpResponse<String> response = mcp(serverUrl, null, TestServer.INITIALIZE);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer scope=\"mcp:read mcp:write\","
                + " resource_metadata=\"" + server.baseUrl() + "/.well-known/oauth-protected-resource/mcp/oauth/"
                + serverId + "\"");
        assertThat(response.body()).isEmpty();

        HttpResponse<String> metadata = server.get("/.well-known/oauth-protected-resource/mcp/oauth/" + serverId);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.body()).isEqualTo("{\"resource\":\"" + serverUrl + "\",\"authorization_servers\":[\""
                + server.baseUrl() + "\"],\"scopes_supported\":[\"mcp:read\",\"mcp:write\"],"
                + "\"bearer_methods_supported\":[\"header\"],\"resource_name\":\"fleet\"}");
        assertThat(server.get("/.well-known/oauth-protected-resource/mcp/oauth/no-such-server").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAuthorizationServerMetadataNamesItsEndpointsAndWhatItSupports() {
        JsonNode metadata = json(server.get("/.well-known/oauth-authorization-server"));
        assertThat(metadata.get("issuer").asText()).isEqualTo(server.baseUrl());
        assertThat(metadata.get("authorization_endpoint").asText()).isEqualTo(server.baseUrl() + "/oauth/authorize");
        assertThat(metadata.get("token_endpoint").asText()).isEqualTo(server.baseUrl() + "/oauth/token");
        assertThat(metadata.get("registration_endpoint").asText()).isEqualTo(server.baseUrl() + "/oauth/register");
        assertThat(metadata.get("revocation_endpoint").asText()).isEqualTo(server.baseUrl() + "/oauth/revoke");
        assertThat(metadata.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(metadata.get("response_types_supported").toString()).isEqualTo("[\"code\"]");
        assertThat(metadata.get("grant_types_supported").toString())
                .isEqualTo("[\"authorization_code\",\"refresh_token\"]");
        assertThat(metadata.get("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
        assertThat(metadata.get("client_id_metadata_document_supported").asBoolean()).isTrue();
    }

    @Test
    void aSignedInPersonsTokenListsAndCallsToolsAndTheCallHistoryNamesThem() {
        JsonNode tokens = client.tokens(serverUrl, ALICE, false);
        assertThat(tokens.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.get("expires_in").asLong()).isEqualTo(600);
        assertThat(tokens.get("scope").asText()).isEqualTo("mcp:read mcp:write");
        String bearer = "Bearer " + tokens.get("access_token").asText();

        assertThat(mcp(serverUrl, bearer, TestServer.INITIALIZE).statusCode()).isEqualTo(200);
        assertThat(toolNames(mcp(serverUrl, bearer, TestServer.TOOLS_LIST))).contains("get_device", "delete_device");
        HttpResponse<String> call = mcp(serverUrl, bearer, KnownDevice.GET_DEVICE);
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.body()).contains("d1").doesNotContain("\"isError\":true");

        JsonNode calls = json(server.admin("GET", "/integrated-account/" + account + "/mcp/" + serverId + "/calls", null));
        assertThat(calls.get("items").get(0).get("person").toString())
                .isEqualTo("{\"subject\":\"sub-alice\",\"email\":\"alice@example.com\"}");
    }

    @Test
    void aGrantNarrowedToReadOnlySeesAndCallsOnlyReadTools() {
        JsonNode tokens = client.tokens(serverUrl, ALICE, true);
        assertThat(tokens.get("scope").asText()).isEqualTo("mcp:read");
        String bearer = "Bearer " + tokens.get("access_token").asText();
        assertThat(toolNames(mcp(serverUrl, bearer, TestServer.TOOLS_LIST)))
                .containsExactlyInAnyOrder("list_devices", "get_device", "list_parameters");
        HttpResponse<String> write = mcp(serverUrl, bearer, TestServer.toolsCall("delete_device", "{\"device_id\":\"d1\"}"));
        assertThat(json(write).get("error").get("message").asText()).isEqualTo("Tool delete_device is not available on this server");
        assertThat(vendor.getAllServeEvents()).noneMatch(event -> event.getRequest().getMethod().getName().equals("DELETE"));
    }

    @Test
    void refreshTokensRotateAndASecondUseRevokesTheWholeFamily() {
        JsonNode first = client.tokens(serverUrl, ALICE, false);
        HttpResponse<String> rotated = client.refresh(first.get("refresh_token").asText());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode second = json(rotated);
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(first.get("refresh_token").asText());
        String bearer = "Bearer " + second.get("access_token").asText();
        assertThat(mcp(serverUrl, bearer, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);

        HttpResponse<String> reused = client.refresh(first.get("refresh_token").asText());
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(json(reused).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(json(reused).get("error_description").asText())
                .isEqualTo("the refresh token was used already; its grant is revoked");
        assertThat(client.refresh(second.get("refresh_token").asText()).statusCode()).as("the family").isEqualTo(400);
        assertRefusedWithinASecond(bearer);
        assertThat(server.grants().grantsOfServer(serverId)).isEmpty();
    }

    @Test
    void aReplayedCodeIsRefusedAndRevokesWhatItsFirstUseGranted() {
        String code = client.code(serverUrl, ALICE, false);
        JsonNode tokens = json(client.exchange(code, Map.of()));
        HttpResponse<String> replay = client.exchange(code, Map.of());
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(json(replay).get("error_description").asText())
                .isEqualTo("the authorization code was used already; its grant is revoked");
        assertRefusedWithinASecond("Bearer " + tokens.get("access_token").asText());
        assertThat(client.refresh(tokens.get("refresh_token").asText()).statusCode()).isEqualTo(400);
    }

    @Test
    void aCodeWithTheWrongVerifierRedirectUriClientOrResourceGrantsNothing() {
        assertCodeRefused(Map.of("code_verifier", "x".repeat(43)), "invalid_grant",
                "the PKCE code_verifier does not match the code_challenge");
        assertCodeRefused(Map.of("code_verifier", ""), "invalid_grant",
                "the PKCE code_verifier does not match the code_challenge");
        assertCodeRefused(Map.of("redirect_uri", "http://127.0.0.1:9/other"), "invalid_grant",
                "redirect_uri differs from the authorization request's");
        assertCodeRefused(Map.of("resource", server.baseUrl() + "/mcp/oauth/other"), "invalid_target",
                "resource differs from the one authorized");
        OAuthClientSimulation other = OAuthClientSimulation.register(server);
        assertCodeRefused(Map.of("client_id", other.clientId), "invalid_grant",
                "the authorization code was issued to another client");
    }

    private void assertCodeRefused(Map<String, String> overrides, String error, String description) {
        String code = client.code(serverUrl, ALICE, false);
        HttpResponse<String> refused = client.exchange(code, overrides);
        assertThat(refused.statusCode()).as(overrides.toString()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).as(overrides.toString()).isEqualTo(error);
        assertThat(json(refused).get("error_description").asText()).as(overrides.toString()).isEqualTo(description);
        assertThat(client.exchange(code, Map.of()).statusCode()).as("the code is spent").isEqualTo(400);
        assertThat(server.grants().grantsOfServer(serverId)).isEmpty();
    }

    @Test
    void anUnknownClientGets401InvalidClientSoItRegistersAgain() {
        String code = client.code(serverUrl, ALICE, false);
        HttpResponse<String> unknown = client.exchange(code, Map.of("client_id", "forgotten-client"));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json(unknown).get("error").asText()).isEqualTo("invalid_client");
        assertThat(json(unknown).get("error_description").asText()).isEqualTo("unknown client: register again");
    }

    @Test
    void missingMalformedUnknownAndRevokedTokensAre401() {
        String challenge = "Bearer error=\"invalid_token\", error_description=\"Invalid access token\","
                + " scope=\"mcp:read mcp:write\", resource_metadata=\"" + server.baseUrl()
                + "/.well-known/oauth-protected-resource/mcp/oauth/" + serverId + "\"";
        for (String authorization : List.of("Bearer not-a-token", "Basic dXNlcjpwYXNz", "Bearer")) {
            HttpResponse<String> refused = mcp(serverUrl, authorization, TestServer.TOOLS_LIST);
            assertThat(refused.statusCode()).as(authorization).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as(authorization).contains(challenge);
        }
        JsonNode tokens = client.tokens(serverUrl, ALICE, false);
        String bearer = "Bearer " + tokens.get("access_token").asText();
        assertThat(mcp(serverUrl, bearer, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);
        assertThat(client.revoke(tokens.get("access_token").asText()).statusCode()).isEqualTo(200);
        assertRefusedWithinASecond(bearer);
        assertThat(client.revoke("never-issued").statusCode()).as("RFC 7009: unknown tokens too").isEqualTo(200);
    }

    @Test
    void serverAsTokenIsRefusedByServerB() {
        JsonNode b = server.createServer(account, "{\"name\":\"b\",\"auth\":\"oauth\",\"allowed\":{\"domains\":[\"example.com\"]}}");
        String bearerForA = "Bearer " + client.tokens(serverUrl, ALICE, false).get("access_token").asText();
        HttpResponse<String> onB = mcp(b.get("url").asText(), bearerForA, TestServer.TOOLS_LIST);
        assertThat(onB.statusCode()).isEqualTo(401);
        assertThat(onB.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer error=\"invalid_token\"");
        assertThat(mcp(serverUrl, bearerForA, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminListsGrantsPerServerAndPerPersonAndRevokesThem() {
        Person bob = new Person("sub-bob-" + serverId, Optional.of("Bob." + serverId + "@example.com"), Optional.of("Bob"),
                List.of());
        JsonNode tokens = client.tokens(serverUrl, bob, true);
        String bearer = "Bearer " + tokens.get("access_token").asText();
        String grants = "/integrated-account/" + account + "/mcp/" + serverId + "/grants";
        JsonNode listed = json(server.admin("GET", grants, null)).get("items");
        assertThat(listed).hasSize(1);
        JsonNode grant = listed.get(0);
        assertThat(grant.get("server_id").asText()).isEqualTo(serverId);
        assertThat(grant.get("server_name").asText()).isEqualTo("fleet");
        assertThat(grant.get("client_name").asText()).isEqualTo("Test client");
        assertThat(grant.get("person").toString()).isEqualTo("{\"subject\":\"sub-bob-" + serverId + "\",\"email\":\"Bob."
                + serverId + "@example.com\",\"name\":\"Bob\"}");
        assertThat(grant.get("read_only").asBoolean()).isTrue();
        assertThat(json(server.admin("GET", "/grants?email=bob." + serverId + "@EXAMPLE.com", null)).get("items"))
                .containsExactly(grant);
        assertThat(json(server.admin("GET", "/grants?subject=sub-bob-" + serverId, null)).get("items"))
                .containsExactly(grant);
        HttpResponse<String> neither = server.admin("GET", "/grants", null);
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(json(neither).get("message").asText())
                .isEqualTo("name the person with either email=<address> or subject=<IdP subject>");
        assertThat(server.admin("GET", "/grants?subject=x", null, null).statusCode()).as("admin auth").isEqualTo(401);

        assertThat(server.admin("DELETE", grants + "/" + grant.get("id").asText(), null).statusCode()).isEqualTo(204);
        assertRefusedWithinASecond(bearer);
        assertThat(json(server.admin("GET", grants, null)).get("items")).isEmpty();
        assertThat(server.admin("DELETE", "/grants/" + grant.get("id").asText(), null).statusCode()).isEqualTo(404);
        assertThat(client.refresh(tokens.get("refresh_token").asText()).statusCode()).isEqualTo(400);
    }

    @Test
    void noTokenCodeOrClientSecretAppearsInTheLogsOfTheFlowAndItsRefusals() {
        LogCapture capture = LogCapture.of("", "dev.mdmmcp");
        List<String> secrets = new java.util.ArrayList<>();
        try {
            HttpResponse<String> confidential = this.server.admin("POST", "/oauth/register", """
                    {"client_name":"Confidential","redirect_uris":["https://app.example/cb"],
                     "token_endpoint_auth_method":"client_secret_post"}""", null);
            assertThat(confidential.statusCode()).isEqualTo(201);
            secrets.add(json(confidential).get("client_secret").asText());
            String code = client.code(serverUrl, ALICE, false);
            secrets.add(code);
            JsonNode tokens = json(client.exchange(code, Map.of()));
            secrets.add(tokens.get("access_token").asText());
            secrets.add(tokens.get("refresh_token").asText());
            client.exchange(code, Map.of());
            JsonNode again = client.tokens(serverUrl, ALICE, false);
            secrets.add(again.get("access_token").asText());
            secrets.add(again.get("refresh_token").asText());
            JsonNode rotated = json(client.refresh(again.get("refresh_token").asText()));
            secrets.add(rotated.get("access_token").asText());
            secrets.add(rotated.get("refresh_token").asText());
            client.refresh(again.get("refresh_token").asText());
            String wrongVerifier = client.code(serverUrl, ALICE, false);
            secrets.add(wrongVerifier);
            client.exchange(wrongVerifier, Map.of("code_verifier", "y".repeat(43)));
            mcp(serverUrl, "Bearer " + rotated.get("access_token").asText(), KnownDevice.GET_DEVICE);
            mcp(serverUrl, "Bearer guessed-token-1234567890", TestServer.TOOLS_LIST);
            client.revoke(rotated.get("refresh_token").asText());
        } finally {
            capture.close();
        }
        String text = capture.records().stream()
                .map(record -> record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(text).contains("oauth: registered client", "granted mcp:read mcp:write on MCP server " + serverId,
                "oauth: an authorization code was used a second time: its grant is revoked",
                "oauth: a refresh token was used a second time",
                "oauth: an authorization code was refused (the PKCE code_verifier does not match the code_challenge)");
        for (String secret : secrets) {
            assertThat(text).as("the logs must not contain a token, code or secret").doesNotContain(secret);
        }
        assertThat(text).doesNotContain("guessed-token-1234567890");
    }

    @Test
    void revokingTheServerEndsItsGrants() {
        String bearer = "Bearer " + client.tokens(serverUrl, ALICE, false).get("access_token").asText();
        assertThat(server.admin("DELETE", "/integrated-account/" + account + "/mcp/" + serverId, null).statusCode())
                .isEqualTo(204);
        assertThat(server.grants().grantsOfServer(serverId)).isEmpty();
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        do {
            status = mcp(serverUrl, bearer, TestServer.TOOLS_LIST).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(404);
    }

    /** An account of the WireMock vendor, with read timeouts long enough for a loaded machine. */
    static String createAccount(TestServer server, String upstream) {
        HttpResponse<String> created = server.admin("POST", "/integrated-account", """
                {"integration":"acmemdm","name":"test account","base_url":"%s","credentials":{"api_token":"mdm-secret"},
                 "timeouts":{"read_seconds":20}}""".formatted(upstream));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    private void assertRefusedWithinASecond(String bearer) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        do {
            status = mcp(serverUrl, bearer, TestServer.TOOLS_LIST).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(401);
    }

    private static List<String> toolNames(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("result").get("tools").findValuesAsText("name");
    }
}

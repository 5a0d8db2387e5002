package dev.mdmmcp.server.oauth;

import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.mdmmcp.server.ServerWithVendorTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seam between the authorization server and sign-in: {@code /oauth/authorize} checks a
 * request and hands it to sign-in as a pending authorization, which sign-in approves or denies.
 */
class AuthorizationSeamTest extends ServerWithVendorTest {

    private static final String REDIRECT = "http://127.0.0.1:9/callback";
    private static final Person ALICE = new Person("sub-alice", Optional.of("alice@example.com"), Optional.of("Alice"),
            List.of());
    private static final Person MALLORY = new Person("sub-mallory", Optional.of("mallory@elsewhere.test"),
            Optional.empty(), List.of("staff"));

    private final CodeVerifier verifier = new CodeVerifier();
    private String serverUrl;
    private String serverId;
    private String clientId;

    @BeforeEach
    void createServerAndClient() {
        String account = server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"mdm-secret\"}");
        JsonNode created = server.createServer(account, """
                {"name":"fleet audit","auth":"oauth","config":{"methods":["read"]},
                 "allowed":{"emails":["Alice@Example.com"],"domains":["corp.example"],"groups":["mdm-admins"]}}""");
        serverUrl = created.get("url").asText();
        serverId = created.get("id").asText();
        HttpResponse<String> registered = server.admin("POST", "/oauth/register", """
                {"client_name":"Test client","redirect_uris":["%s"],"token_endpoint_auth_method":"none"}"""
                .formatted(REDIRECT), null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        clientId = json(registered).get("client_id").asText();
    }

    @Test
    void anOAuthServerHasAStableUrlWithoutASecretAndNamesWhoMaySignIn() {
        assertThat(serverUrl).isEqualTo(server.baseUrl() + "/mcp/oauth/" + serverId);
        JsonNode listed = json(server.admin("GET", "/integrated-account/" + accountOf() + "/mcp/" + serverId, null));
        assertThat(listed.get("auth").asText()).isEqualTo("oauth");
        assertThat(listed.get("url").asText()).isEqualTo(serverUrl);
        assertThat(listed.get("allowed").toString())
                .isEqualTo("{\"emails\":[\"alice@example.com\"],\"domains\":[\"corp.example\"],\"groups\":[\"mdm-admins\"]}");
    }

    @Test
    void anOAuthServerNeedsAllowedPeople() {
        String account = accountOf();
        HttpResponse<String> missing = server.admin("POST", "/integrated-account/" + account + "/mcp",
                "{\"name\":\"s\",\"auth\":\"oauth\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("message").asText()).isEqualTo("an OAuth server needs allowed: {\"emails\": [...],"
                + " \"domains\": [...], \"groups\": [...]}, who may sign in to it");
        HttpResponse<String> badAuth = server.admin("POST", "/integrated-account/" + account + "/mcp",
                "{\"name\":\"s\",\"auth\":\"password\"}");
        assertThat(json(badAuth).get("message").asText()).isEqualTo("auth must be \"url\" (a secret URL, the default) or"
                + " \"oauth\" (people sign in with the identity provider); got 'password'");
        HttpResponse<String> badEmail = server.admin("POST", "/integrated-account/" + account + "/mcp",
                "{\"name\":\"s\",\"auth\":\"oauth\",\"allowed\":{\"emails\":[\"bob\"]}}");
        assertThat(json(badEmail).get("message").asText()).isEqualTo("allowed.emails has 'bob', which is no e-mail address");
    }

    @Test
    void aValidRequestWaitsForSignInAndApprovalSendsTheCodeWithStateAndIssuerBack() {
        URI signIn = redirectOf(authorize(Map.of()));
        assertThat(signIn.toString()).startsWith(server.baseUrl() + "/signin/authorize?request=");
        String pendingId = param(signIn, "request");

        PendingAuthorization pending = server.grants().pending(pendingId).orElseThrow();
        assertThat(pending.client()).isEqualTo(new PendingAuthorization.Client("Test client", clientId, "127.0.0.1"));
        assertThat(pending.server().name()).isEqualTo("fleet audit");
        assertThat(pending.server().vendor()).isEqualTo("acmemdm");
        assertThat(pending.server().accountName()).isEqualTo("test account");
        assertThat(pending.server().methods()).containsExactly("read");
        assertThat(pending.scope()).isEqualTo("mcp:read");
        assertThat(pending.readOnly()).isTrue();

        URI back = server.grants().approve(pendingId, ALICE, false);
        assertThat(back.toString()).startsWith(REDIRECT + "?");
        assertThat(param(back, "code")).hasSize(43);
        assertThat(param(back, "state")).isEqualTo("state-1");
        assertThat(param(back, "iss")).isEqualTo(server.baseUrl());
        assertThat(server.grants().pending(pendingId)).as("answered once").isEmpty();
        assertThatThrownBy(() -> server.grants().approve(pendingId, ALICE, false))
                .isInstanceOf(AuthorizationRefused.class)
                .hasMessage("This sign-in request is unknown, has expired or was answered already. Start connecting"
                        + " again from your application.");
    }

    @Test
    void denyingSendsAccessDeniedBack() {
        String pendingId = param(redirectOf(authorize(Map.of())), "request");
        URI back = server.grants().deny(pendingId);
        assertThat(param(back, "error")).isEqualTo("access_denied");
        assertThat(param(back, "state")).isEqualTo("state-1");
        assertThat(server.grants().grantsOf(ALICE.subject())).isEmpty();
    }

    @Test
    void aPersonOutsideTheAllowedListGetsNoGrant() {
        String pendingId = param(redirectOf(authorize(Map.of())), "request");
        assertThatThrownBy(() -> server.grants().approve(pendingId, MALLORY, false))
                .isInstanceOf(AuthorizationRefused.class)
                .hasMessage("You are not among the people allowed to connect to fleet audit.");
        assertThat(server.grants().grantsOf(MALLORY.subject())).isEmpty();
        assertThat(server.grants().grantsOfServer(serverId)).isEmpty();
    }

    @Test
    void aPersonSeesTheirGrantsOnceTheCodeIsExchangedAndOnlyTheyRevokeThem() {
        String pendingId = param(redirectOf(authorize(Map.of())), "request");
        server.grants().approve(pendingId, new Person("sub-carol", Optional.of("carol@corp.example"), Optional.empty(),
                List.of()), true);
        // A grant whose code was never exchanged is nobody's connection yet.
        assertThat(server.grants().grantsOf("sub-carol")).isEmpty();
    }

    @Test
    void aRequestFromAnUnknownClientOrToAnUnregisteredRedirectIsRefusedWithoutRedirecting() {
        HttpResponse<String> unknown = authorize(Map.of("client_id", "no-such-client"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        assertThat(unknown.body()).isEqualTo("The client that sent you here is not known to this server: it is not"
                + " registered, or its metadata document could not be fetched or is invalid.");
        HttpResponse<String> wrongRedirect = authorize(Map.of("redirect_uri", "http://127.0.0.1:9/other"));
        assertThat(wrongRedirect.statusCode()).isEqualTo(400);
        assertThat(wrongRedirect.headers().firstValue("Location")).isEmpty();
        assertThat(wrongRedirect.body())
                .isEqualTo("The redirect URI of this request is not one of the client's registered redirect URIs.");
    }

    @Test
    void aClientIdUrlResolvingToAPrivateAddressIsRefusedWithoutRedirectingOrFetching() {
        for (String clientId : List.of("https://10.0.0.7/client.json", "https://169.254.169.254/latest/meta-data",
                "https://127.0.0.1:" + vendor.port() + "/client.json")) {
            HttpResponse<String> refused = authorize(Map.of("client_id", clientId));
            assertThat(refused.statusCode()).as(clientId).isEqualTo(400);
            assertThat(refused.headers().firstValue("Location")).as(clientId).isEmpty();
            assertThat(refused.body()).isEqualTo("The client that sent you here is not known to this server: it is not"
                    + " registered, or its metadata document could not be fetched or is invalid.");
        }
        assertThat(vendor.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/client.json")))).isEmpty();
    }

    @Test
    void theStateComesBackExactlySoTheClientCanDetectAMismatch() {
        String state = "a b+c/d=e&f%g~\u00e9";
        URI back = server.grants().deny(param(redirectOf(authorize(Map.of("state", state))), "request"));
        assertThat(param(back, "state")).isEqualTo(state);
    }

    @Test
    void invalidRequestsGoBackToTheClientWithTheirErrorAndState() {
        assertError(Map.of("code_challenge_method", "plain"), "invalid_request", "code_challenge_method must be S256");
        assertError(Map.of("code_challenge", ""), "invalid_request", "code_challenge is required (PKCE)");
        assertError(Map.of("resource", server.baseUrl() + "/mcp/oauth/no-such-server"), "invalid_target",
                "the resource is not an MCP server of this authorization server, or it has expired");
        assertError(Map.of("resource", ""), "invalid_target", "name exactly one resource: the URL of the MCP server");
        assertError(Map.of("scope", "mcp:write"), "invalid_scope", "this server offers the scopes mcp:read");
        assertError(Map.of("response_type", "token"), "unsupported_response_type", "only response_type=code");
    }

    private void assertError(Map<String, String> overrides, String error, String description) {
        HttpResponse<String> response = authorize(overrides);
        URI back = redirectOf(response);
        assertThat(back.toString()).as(overrides.toString()).startsWith(REDIRECT + "?");
        assertThat(param(back, "error")).as(overrides.toString()).isEqualTo(error);
        assertThat(param(back, "error_description")).as(overrides.toString()).isEqualTo(description);
        assertThat(param(back, "state")).isEqualTo("state-1");
        assertThat(param(back, "iss")).isEqualTo(server.baseUrl());
    }

    private HttpResponse<String> authorize(Map<String, String> overrides) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", REDIRECT);
        parameters.put("state", "state-1");
        parameters.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
        parameters.put("code_challenge_method", "S256");
        parameters.put("resource", serverUrl);
        parameters.putAll(overrides);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return server.get("/oauth/authorize?" + query);
    }

    private static URI redirectOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static String param(URI uri, String name) {
        List<String> values = URLUtils.parseParameters(uri.getRawQuery()).get(name);
        return values == null ? null : values.get(0);
    }

    private String accountOf() {
        JsonNode accounts = json(server.admin("GET", "/integrated-account", null)).get("items");
        return accounts.get(accounts.size() - 1).get("id").asText();
    }
}

package dev.mdmmcp.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an MCP client does against an OAuth server, step by step over HTTP, with sign-in's part
 * (approving the pending authorization) done through {@link AuthorizationGrants}: tests change
 * one step at a time to see it refused.
 */
final class OAuthClientSimulation {

    static final String REDIRECT = "http://127.0.0.1:9/callback";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TestServer server;
    final String clientId;
    final CodeVerifier verifier;

    private OAuthClientSimulation(TestServer server, String clientId, CodeVerifier verifier) {
        this.server = server;
        this.clientId = clientId;
        this.verifier = verifier;
    }

    /** A public client registered with Dynamic Client Registration. */
    static OAuthClientSimulation register(TestServer server) {
        HttpResponse<String> registered = server.admin("POST", "/oauth/register", """
                {"client_name":"Test client","redirect_uris":["%s"],"token_endpoint_auth_method":"none"}"""
                .formatted(REDIRECT), null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return new OAuthClientSimulation(server, TestHttp.json(registered).get("client_id").asText(), new CodeVerifier());
    }

    /** The same client talking to another instance. */
    OAuthClientSimulation on(TestServer other) {
        return new OAuthClientSimulation(other, clientId, verifier);
    }

    /** Authorization request, then the person approves: the code sent back to the redirect URI. */
    String code(String resource, Person person, boolean readOnly) {
        URI signIn = redirectOf(authorize(Map.of("resource", resource)));
        String pendingId = param(signIn, "request");
        return param(server.grants().approve(pendingId, person, readOnly), "code");
    }

    HttpResponse<String> authorize(Map<String, String> overrides) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", REDIRECT);
        parameters.put("state", "state-1");
        parameters.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
        parameters.put("code_challenge_method", "S256");
        parameters.putAll(overrides);
        return server.get("/oauth/authorize?" + form(parameters));
    }

    /** The token request of a code, with this client's verifier and redirect URI unless overridden. */
    HttpResponse<String> exchange(String code, Map<String, String> overrides) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", REDIRECT);
        parameters.put("client_id", clientId);
        parameters.put("code_verifier", verifier.getValue());
        parameters.putAll(overrides);
        return post("/oauth/token", parameters);
    }

    HttpResponse<String> refresh(String refreshToken) {
        return post("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", clientId));
    }

    HttpResponse<String> revoke(String token) {
        return post("/oauth/revoke", Map.of("token", token, "client_id", clientId));
    }

    /** Exchanges a fresh code for tokens: {@code access_token}, {@code refresh_token}, ... */
    JsonNode tokens(String resource, Person person, boolean readOnly) {
        HttpResponse<String> response = exchange(code(resource, person, readOnly), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestHttp.json(response);
    }

    /** One JSON-RPC message to an OAuth server's URL with this {@code Authorization} value (null: none). */
    static HttpResponse<String> mcp(String url, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, Map<String, String> parameters) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build());
    }

    static URI redirectOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    static String param(URI uri, String name) {
        List<String> values = URLUtils.parseParameters(uri.getRawQuery()).get(name);
        return values == null ? null : values.get(0);
    }

    private static String form(Map<String, String> parameters) {
        StringBuilder form = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                form.append(form.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return form.toString();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

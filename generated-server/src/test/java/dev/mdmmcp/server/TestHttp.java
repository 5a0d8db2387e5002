package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** HTTP requests to an mdm-mcp server at {@code baseUrl}, in this JVM or another process. */
public final class TestHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final String apiToken;

    /** @param apiToken the API token admin requests send by default */
    public TestHttp(String baseUrl, String apiToken) {
        this.baseUrl = baseUrl;
        this.apiToken = apiToken;
    }

    public HttpResponse<String> admin(String method, String path, String json) {
        return admin(method, path, json, "Bearer " + apiToken);
    }

    /** An admin request with the given {@code Authorization} value (null: none). */
    public HttpResponse<String> admin(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public HttpResponse<String> mcp(String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/mcp/" + token))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build());
    }

    public String createAccount(String integration, String upstream, String credentialsJson) {
        HttpResponse<String> response = admin("POST", "/integrated-account", """
                {"integration":"%s","name":"test account","base_url":"%s","credentials":%s}"""
                .formatted(integration, upstream, credentialsJson));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("account not created: " + response.body());
        }
        return json(response).get("id").asText();
    }

    public JsonNode createServer(String accountId, String bodyJson) {
        HttpResponse<String> response = admin("POST", "/integrated-account/" + accountId + "/mcp", bodyJson);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("server not created: " + response.body());
        }
        return json(response);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
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

package dev.mdmmcp.simulator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small HTTP client for tests: JSON in, status + headers + JSON out. */
public final class Http {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String authorization;

    public Http(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public Http withAuthorization(String authorization) {
        return new Http(base, authorization);
    }

    /** A response: status, headers and the body parsed as JSON (null when empty). */
    public record Reply(int status, java.net.http.HttpHeaders headers, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    public Reply send(String method, String pathAndQuery, String jsonBody) {
        HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody);
        return send(request(pathAndQuery).header("Content-Type", "application/json").method(method, body).build());
    }

    public Reply form(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        URI uri = pathAndQuery.startsWith("http") ? URI.create(pathAndQuery) : URI.create(base + pathAndQuery);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : MAPPER.readTree(response.body());
            return new Reply(response.statusCode(), response.headers(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP requests to an mdm-mcp server at {@code baseUrl}, in this JVM or another process. */
public final class TestHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

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

    /**
     * Sends {@code head} (request line and headers, without the blank line) and {@code body} over a
     * socket of its own, as written, and returns the reply's status line, headers and body; for
     * what HttpClient will not send (a header twice, an odd Host, a length it does not send).
     */
    public String raw(String head, byte[] body) {
        URI uri = URI.create(baseUrl);
        return raw(uri.getPort(), head, body);
    }

    /** {@link #raw(String, byte[])} to a port of 127.0.0.1; the reply is read up to its Content-Length. */
    public static String raw(int port, String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            while (!reply.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return reply.toString(StandardCharsets.UTF_8);
                }
                reply.write(b);
            }
            Matcher length = CONTENT_LENGTH.matcher(reply.toString(StandardCharsets.ISO_8859_1));
            if (length.find()) {
                reply.write(in.readNBytes(Integer.parseInt(length.group(1))));
            }
            return reply.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

/**
 * An in-process server for HTTP tests of managed servers: the admin API with {@link #ADMIN_TOKEN},
 * raw MCP requests, and a few shortcuts to create accounts and servers.
 */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdefghijkl";
    public static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
             "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";
    public static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MdmMcpServer server;

    private TestServer(MdmMcpServer server) {
        this.server = server;
    }

    /** The fixture configuration (static servers on {@code upstream}, a fresh embedded store) plus the admin token. */
    public static String yaml(String upstream) {
        return TestConfigs.yaml(upstream) + "admin_token: " + ADMIN_TOKEN + "\n";
    }

    public static TestServer start(String yaml, Clock clock) {
        return new TestServer(MdmMcpServer.start(ServerConfig.fromYaml(yaml, Map.of(), TestConfigs.catalogs()), clock));
    }

    public static TestServer start(String upstream) {
        return start(yaml(upstream), Clock.systemUTC());
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** An admin request with the admin token. */
    public HttpResponse<String> admin(String method, String path, String json) {
        return admin(method, path, json, "Bearer " + ADMIN_TOKEN);
    }

    /** An admin request with the given {@code Authorization} value (null: none). */
    public HttpResponse<String> admin(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** One JSON-RPC message to {@code /mcp/<token>}; {@code headers} are name, value pairs. */
    public HttpResponse<String> mcp(String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/mcp/" + token))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build());
    }

    /** Creates an account and returns its id. */
    public String createAccount(String integration, String upstream, String credentialsJson) {
        HttpResponse<String> response = admin("POST", "/integrated-account", """
                {"integration":"%s","name":"test account","base_url":"%s","credentials":%s}"""
                .formatted(integration, upstream, credentialsJson));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("account not created: " + response.body());
        }
        return json(response).get("id").asText();
    }

    /** Creates a server of the account from the body given and returns the 201 answer. */
    public JsonNode createServer(String accountId, String bodyJson) {
        HttpResponse<String> response = admin("POST", "/integrated-account/" + accountId + "/mcp", bodyJson);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("server not created: " + response.body());
        }
        return json(response);
    }

    /** The token part of a server's URL. */
    public static String tokenOf(JsonNode created) {
        String url = created.get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
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

    @Override
    public void close() {
        server.close();
    }
}

package dev.mdmmcp.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets up the demo's accounts and managed MCP servers through the admin API, over loopback, as a
 * platform engineer would with curl: one account per simulated tenant (created, or pointed at
 * this run's simulator), and servers whose URLs are only ever shown at creation.
 */
final class DemoProvisioning {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String adminToken;

    DemoProvisioning(URI base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
    }

    /** The id of the account named {@code name}: created, or updated to this base URL and these credentials. */
    String account(String name, String vendor, String baseUrl, Map<String, String> credentials) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("base_url", baseUrl);
        body.set("credentials", JSON.valueToTree(credentials));
        Optional<String> existing = find(admin("GET", "/integrated-account", null, 200), name);
        if (existing.isPresent()) {
            admin("PATCH", "/integrated-account/" + existing.get(), body, 200);
            return existing.get();
        }
        body.put("integration", vendor);
        return admin("POST", "/integrated-account", body, 201).get("id").asText();
    }

    /** The account's server named {@code name}, if there is one. */
    Optional<String> server(String accountId, String name) {
        return find(admin("GET", "/integrated-account/" + accountId + "/mcp", null, 200), name);
    }

    /** Creates a server and returns its URL, shown this once. */
    String createServer(String accountId, String name, List<String> methods) {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        body.putObject("config").set("methods", JSON.valueToTree(methods));
        return admin("POST", "/integrated-account/" + accountId + "/mcp", body, 201).get("url").asText();
    }

    /**
     * The URL of the account's sign-in server named {@code name}: the existing one (its URL is
     * stable and no secret), or a new one that the demo user may connect to.
     */
    String signInServer(String accountId, String name, List<String> methods, String allowedEmail) {
        Optional<String> existing = server(accountId, name);
        if (existing.isPresent()) {
            JsonNode server = admin("GET", "/integrated-account/" + accountId + "/mcp/" + existing.get(), null, 200);
            if ("oauth".equals(server.path("auth").asText())) {
                return server.get("url").asText();
            }
            revokeServer(accountId, existing.get());
        }
        ObjectNode body = JSON.createObjectNode().put("name", name).put("auth", "oauth");
        body.putObject("config").set("methods", JSON.valueToTree(methods));
        body.putObject("allowed").putArray("emails").add(allowedEmail);
        return admin("POST", "/integrated-account/" + accountId + "/mcp", body, 201).get("url").asText();
    }

    void revokeServer(String accountId, String serverId) {
        admin("DELETE", "/integrated-account/" + accountId + "/mcp/" + serverId, null, 204);
    }

    /** Whether {@code /mcp/<token>} still answers: the server of a previous run may be gone. */
    boolean answers(String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/mcp/" + token))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(TOOLS_LIST))
                .build();
        return send(request).statusCode() == 200;
    }

    private static Optional<String> find(JsonNode list, String name) {
        for (JsonNode item : list.path("items")) {
            if (name.equals(item.path("name").asText())) {
                return Optional.of(item.get("id").asText());
            }
        }
        return Optional.empty();
    }

    private JsonNode admin(String method, String path, JsonNode body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException("the demo could not set up its servers: " + method + " " + path
                    + " answered " + response.statusCode() + " " + response.body());
        }
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the admin API answered " + path + " with no JSON", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the demo cannot reach its own server at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the demo", e);
        }
    }
}

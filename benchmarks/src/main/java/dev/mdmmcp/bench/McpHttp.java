package dev.mdmmcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare MCP Streamable HTTP client over one keep-alive connection: JSON-RPC POSTs, nothing
 * else, so the client's own cost is the same as that of the direct HTTP calls it is compared with.
 */
final class McpHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI url;
    private final AtomicLong ids = new AtomicLong();

    McpHttp(URI url) {
        this.url = url;
    }

    /** The reply body of one JSON-RPC request. */
    byte[] request(String method, JsonNode params) throws IOException, InterruptedException {
        ObjectNode message = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet())
                .put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(message)))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(method + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    byte[] callTool(String name, Map<String, Object> arguments) throws IOException, InterruptedException {
        ObjectNode params = MAPPER.createObjectNode().put("name", name);
        params.set("arguments", MAPPER.valueToTree(arguments));
        return request("tools/call", params);
    }

    /** The number of tools of a tools/list reply; an IOException when it holds none (the server is not ready). */
    static int toolCount(byte[] reply) throws IOException {
        JsonNode tools = MAPPER.readTree(reply).path("result").path("tools");
        if (!tools.isArray() || tools.isEmpty()) {
            throw new IOException("no tools in the reply");
        }
        return tools.size();
    }

    /** The {@code result} of a tools/call reply, failing on a JSON-RPC error or an isError result. */
    static JsonNode result(byte[] reply, String tool) throws IOException {
        JsonNode json = MAPPER.readTree(reply);
        if (json.has("error")) {
            throw new IOException(tool + ": " + json.get("error"));
        }
        JsonNode result = json.get("result");
        if (result.path("isError").asBoolean(false)) {
            throw new IOException(tool + " failed: " + result.path("content"));
        }
        return result;
    }
}

package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.helidon.http.Status;

/**
 * A request the endpoint answers itself, before the SDK sees it: the HTTP status and the
 * JSON-RPC error to send ({@link McpErrors} sends them). The id is the request's when it could be
 * read, else JSON {@code null}.
 */
final class RequestRejected extends RuntimeException {

    private final transient Status status;
    private final int code;
    private final transient JsonNode id;
    private final transient JsonNode data;

    RequestRejected(Status status, int code, String message) {
        this(status, code, message, JsonNodeFactory.instance.nullNode());
    }

    RequestRejected(Status status, int code, String message, JsonNode id) {
        this(status, code, message, id, null);
    }

    RequestRejected(Status status, int code, String message, JsonNode id, JsonNode data) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.id = id;
        this.data = data;
    }

    Status status() {
        return status;
    }

    /** The JSON-RPC error reply. */
    String body() {
        return JsonRpcErrors.reply(id, code, getMessage(), data);
    }
}

package dev.mdmmcp.server.mcp;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;

/**
 * How the MCP endpoint answers what stops a request before the SDK answers it, as error handlers
 * of Helidon's routing: a {@link RequestRejected} with its status and JSON-RPC error (with the
 * request's id where it could be read); the store out of reach with an empty 503.
 */
public final class McpErrors {

    private McpErrors() {
    }

    /** Registers the answer to requests the endpoint refuses. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(RequestRejected.class, (request, response, rejected) ->
                McpEndpoint.sendJson(response, rejected.status(), rejected.body()));
    }

    /** The store cannot say whether a token exists: 503, with nothing a client could take for an answer. */
    public static void storeUnavailable(ServerResponse response) {
        response.status(Status.SERVICE_UNAVAILABLE_503).send();
    }
}

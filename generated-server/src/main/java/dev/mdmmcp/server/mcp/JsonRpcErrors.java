package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON-RPC error bodies the transport writes itself. The SDK's {@code JSONRPCResponse} refuses a
 * {@code null} id, which JSON-RPC requires when the request's id could not be read.
 */
final class JsonRpcErrors {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int INVALID_PARAMS = -32602;
    /** Implementation-defined (the -32000 to -32099 range): a 429 of the inbound request rate. */
    static final int RATE_LIMITED = -32029;
    /** The 2026-07-28 revision's UnsupportedProtocolVersionError; its data lists the supported versions. */
    static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private JsonRpcErrors() {
    }

    static String reply(JsonNode id, int code, String message) {
        return reply(id, code, message, null);
    }

    static String reply(JsonNode id, int code, String message, JsonNode data) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("code", code);
        error.put("message", message);
        if (data != null) {
            error.set("data", data);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("jsonrpc", "2.0");
        body.set("id", id);
        body.set("error", error);
        return body.toString();
    }

    /** A request id as JSON: a string or an integer (what the envelope admits). */
    static JsonNode id(Object id) {
        return switch (id) {
            case String text -> JsonNodeFactory.instance.textNode(text);
            case Number number -> JsonNodeFactory.instance.numberNode(number.longValue());
            case null, default -> JsonNodeFactory.instance.nullNode();
        };
    }
}

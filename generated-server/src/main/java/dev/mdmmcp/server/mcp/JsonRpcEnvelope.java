package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.helidon.http.Status;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * Checks that a body is one JSON-RPC 2.0 message as MCP uses it before the SDK reads it:
 * {@code "jsonrpc": "2.0"}, a string method, an id that is a string or an integer, params that
 * are an object; a reply from the client carries an id and a result or an error. The SDK is
 * lenient about all of these, so without this check a wrong message could get a result.
 * Batches (JSON arrays) are refused: MCP 2025-06-18 removed them and the stateless exchange
 * answers one message per POST.
 */
final class JsonRpcEnvelope {

    private final ObjectReader reader;
    private final McpJsonMapper sdkMapper;

    JsonRpcEnvelope(ObjectMapper mapper, McpJsonMapper sdkMapper) {
        // Two messages in one body are not one message followed by noise.
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.sdkMapper = sdkMapper;
    }

    McpSchema.JSONRPCMessage read(String body) {
        JsonNode message = parse(body);
        if (message.isArray()) {
            throw invalid("batches are not supported; send one JSON-RPC message per POST", null);
        }
        if (!message.isObject()) {
            throw invalid("expected a JSON-RPC 2.0 request or notification object", null);
        }
        JsonNode id = message.get("id");
        JsonNode validId = isValidId(id) ? id : null;
        if (!"2.0".equals(message.path("jsonrpc").textValue())) {
            throw invalid("\"jsonrpc\" must be \"2.0\"", validId);
        }
        if (id != null && validId == null) {
            throw invalid("\"id\" must be a string or an integer", null);
        }
        JsonNode method = message.get("method");
        if (method == null) {
            if (id == null || message.has("result") == message.has("error")) {
                throw invalid("a message needs a \"method\", or an \"id\" with one of \"result\" and \"error\"", validId);
            }
        } else if (!method.isTextual()) {
            throw invalid("\"method\" must be a string", validId);
        } else if (message.has("params") && !message.get("params").isObject() && validId != null) {
            throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.INVALID_PARAMS,
                    "Invalid params: \"params\" must be an object", validId);
        }
        // The SDK's own reader would parse the body a second time; the tree is converted instead.
        Class<? extends McpSchema.JSONRPCMessage> type = method == null ? McpSchema.JSONRPCResponse.class
                : id == null ? McpSchema.JSONRPCNotification.class : McpSchema.JSONRPCRequest.class;
        try {
            return sdkMapper.convertValue(message, type);
        } catch (RuntimeException e) {
            throw invalid("expected one JSON-RPC 2.0 request or notification", validId);
        }
    }

    private JsonNode parse(String body) {
        try {
            JsonNode message = reader.readTree(body);
            if (message == null || message.isMissingNode()) {
                throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.PARSE_ERROR, "Parse error: the body is empty");
            }
            return message;
        } catch (JsonProcessingException e) {
            throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.PARSE_ERROR,
                    "Parse error: the body is not valid JSON");
        }
    }

    /** JSON-RPC ids MCP accepts: strings and integers (a request id must not be null). */
    private static boolean isValidId(JsonNode id) {
        return id != null && (id.isTextual() || id.isIntegralNumber() && id.canConvertToLong());
    }

    private static RequestRejected invalid(String problem, JsonNode id) {
        return new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.INVALID_REQUEST, "Invalid Request: " + problem,
                id == null ? JsonNodeFactory.instance.nullNode() : id);
    }
}

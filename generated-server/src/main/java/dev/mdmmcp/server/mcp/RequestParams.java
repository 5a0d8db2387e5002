package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the params of the methods this server answers before the SDK reads them. The SDK turns
 * params it cannot read into an internal error (-32603) whose message names Java classes; here
 * they become invalid params (-32602) naming the field that was wrong.
 */
final class RequestParams {

    /** tools/list never issues a cursor (every tool is on the first page), so any cursor is unknown. */
    static final String UNKNOWN_CURSOR = "unknown cursor; tools/list answers every tool on one page, so call it without"
            + " a cursor";

    private final McpJsonMapper mapper;

    RequestParams(McpJsonMapper mapper) {
        this.mapper = mapper;
    }

    /** What is wrong with the request's params, for the methods that take any; empty when they are fine. */
    Optional<String> problem(McpSchema.JSONRPCRequest request) {
        Object params = request.params();
        return switch (request.method()) {
            case McpSchema.METHOD_INITIALIZE -> {
                if (!(params instanceof Map<?, ?> fields) || !(fields.get("protocolVersion") instanceof String)) {
                    yield Optional.of("initialize needs params with the client's protocolVersion");
                }
                yield unreadable(request.method(), params, McpSchema.InitializeRequest.class);
            }
            case McpSchema.METHOD_TOOLS_CALL -> {
                if (!(params instanceof Map<?, ?> fields) || !(fields.get("name") instanceof String)) {
                    yield Optional.of("tools/call needs params with the tool's name");
                }
                Object arguments = fields.get("arguments");
                if (arguments != null && !(arguments instanceof Map<?, ?>)) {
                    yield Optional.of("tools/call arguments must be a JSON object");
                }
                // The SDK reads name, arguments and _meta and ignores other fields: with these three
                // checked, its reading cannot fail, so the params are not converted twice per call.
                Object meta = fields.get("_meta");
                yield meta == null || meta instanceof Map<?, ?> ? Optional.empty()
                        : Optional.of("tools/call params at '_meta' have the wrong type");
            }
            case McpSchema.METHOD_TOOLS_LIST -> {
                if (params instanceof Map<?, ?> fields && fields.get("cursor") != null) {
                    yield Optional.of(UNKNOWN_CURSOR);
                }
                yield params == null ? Optional.empty()
                        : unreadable(request.method(), params, McpSchema.PaginatedRequest.class);
            }
            default -> Optional.empty();
        };
    }

    private Optional<String> unreadable(String method, Object params, Class<?> type) {
        try {
            mapper.convertValue(params, type);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(method + " params" + fieldOf(e) + " have the wrong type");
        }
    }

    /** " at 'a.b'" for the field Jackson could not read, from the exception's path; never the value. */
    private static String fieldOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return " at '" + mapping.getPath().stream()
                        .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                                : Integer.toString(reference.getIndex()))
                        .collect(Collectors.joining(".")) + "'";
            }
        }
        return "";
    }
}

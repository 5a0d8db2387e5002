package dev.mdmmcp.server.mcp;

import io.helidon.http.Status;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.modern.JsonRpc;
import io.modelcontextprotocol.modern.McpSchema.ErrorCodes;
import io.modelcontextprotocol.modern.server.McpServer;
import io.modelcontextprotocol.modern.server.McpTransportResponse;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Requests of the 2026-07-28 revision, answered by the SDK's stateless "modern" server: every
 * request carries its protocol version and client capabilities in {@code params._meta}, there is
 * no {@code initialize}, and the SDK checks the {@code _meta}, answers {@code server/discover} and
 * adds {@code resultType} and the server's identity to every result. Errors get the HTTP status
 * the revision gives their code.
 */
final class ModernRequests {

    static final String PROTOCOL_VERSION_META = "io.modelcontextprotocol/protocolVersion";
    private static final Map<Integer, Status> ERROR_STATUSES = Map.of(
            ErrorCodes.PARSE_ERROR, Status.BAD_REQUEST_400,
            ErrorCodes.INVALID_REQUEST, Status.BAD_REQUEST_400,
            ErrorCodes.INVALID_PARAMS, Status.BAD_REQUEST_400,
            ErrorCodes.HEADER_MISMATCH, Status.BAD_REQUEST_400,
            ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY, Status.BAD_REQUEST_400,
            ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION, Status.BAD_REQUEST_400,
            ErrorCodes.METHOD_NOT_FOUND, Status.NOT_FOUND_404);

    /** A reply and the HTTP status it goes with (stdio ignores the status). */
    record Reply(Status status, String json) {
    }

    private final McpJsonMapper jsonMapper;

    ModernRequests(McpJsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** The protocol version a request claims in {@code params._meta}, or null for a 2025-era request. */
    static String claimedVersion(McpSchema.JSONRPCRequest request) {
        return request.params() instanceof Map<?, ?> params && params.get("_meta") instanceof Map<?, ?> meta
                && meta.get(PROTOCOL_VERSION_META) instanceof String version && !version.isBlank() ? version : null;
    }

    Reply handle(McpServer server, McpTransportContext context, McpSchema.JSONRPCRequest request) {
        McpTransportResponse answer = server
                .handleBlocking(context, new JsonRpc.JSONRPCRequest(request.method(), request.id(), request.params()))
                .block();
        JsonRpc.JSONRPCResponse response = switch (answer) {
            case McpTransportResponse.Result result -> result.response();
            case McpTransportResponse.Error error -> error.response();
            // Only subscriptions/listen streams, and this server offers no subscriptions.
            case null, default -> JsonRpc.JSONRPCResponse.error(request.id(),
                    new JsonRpc.JSONRPCResponse.JSONRPCError(ErrorCodes.INTERNAL_ERROR, "Internal error"));
        };
        Status status = response.error() == null ? Status.OK_200
                : ERROR_STATUSES.getOrDefault(response.error().code(), Status.OK_200);
        try {
            return new Reply(status, jsonMapper.writeValueAsString(response));
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON-RPC reply could not be written", e);
        }
    }
}

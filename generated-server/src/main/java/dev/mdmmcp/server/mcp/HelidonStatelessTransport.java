package dev.mdmmcp.server.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * The thin adapter between the Helidon endpoint and one SDK server instance: it keeps the
 * handler the SDK hands over while the server is built, and runs requests through it, blocking
 * on the reply (cheap on Helidon's virtual threads). HTTP concerns stay in {@link McpEndpoint}.
 */
final class HelidonStatelessTransport implements McpStatelessServerTransport {

    private static final Logger LOGGER = Logger.getLogger(HelidonStatelessTransport.class.getName());

    private volatile McpStatelessServerHandler handler;

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    @Override
    public List<String> protocolVersions() {
        return SupportedProtocolVersions.ALL;
    }

    /** The reply to one request; never throws, never {@code null}. */
    JSONRPCResponse handle(McpTransportContext context, McpSchema.JSONRPCRequest request) {
        Optional<String> invalid = invalidParams(request);
        if (invalid.isPresent()) {
            return error(request, McpSchema.ErrorCodes.INVALID_PARAMS, invalid.get());
        }
        try {
            JSONRPCResponse response = handler.handleRequest(context, request)
                    .contextWrite(reactor -> reactor.put(McpTransportContext.KEY, context))
                    .block();
            return response != null ? response
                    : error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error: no response");
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            // The SDK reads params before it returns its Mono: malformed params surface here.
            return error(request, McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid params for " + request.method());
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "MCP request " + request.method() + " failed", e);
            return error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error");
        }
    }

    void handle(McpTransportContext context, McpSchema.JSONRPCNotification notification) {
        try {
            handler.handleNotification(context, notification)
                    .contextWrite(reactor -> reactor.put(McpTransportContext.KEY, context))
                    .block();
        } catch (RuntimeException e) {
            // A notification has no reply; a failure only matters to operators.
            LOGGER.log(Level.FINE, "MCP notification " + notification.method() + " failed", e);
        }
    }

    /** tools/call needs {@code params.name}, and {@code params.arguments} must be an object when given. */
    private static Optional<String> invalidParams(McpSchema.JSONRPCRequest request) {
        if (!McpSchema.METHOD_TOOLS_CALL.equals(request.method())) {
            return Optional.empty();
        }
        if (!(request.params() instanceof Map<?, ?> params) || !(params.get("name") instanceof String)) {
            return Optional.of("tools/call needs params with the tool's name");
        }
        Object arguments = params.get("arguments");
        if (arguments != null && !(arguments instanceof Map<?, ?>)) {
            return Optional.of("tools/call arguments must be a JSON object");
        }
        return Optional.empty();
    }

    private static JSONRPCResponse error(McpSchema.JSONRPCRequest request, int code, String message) {
        return JSONRPCResponse.error(request.id(), new JSONRPCError(code, message, null));
    }
}

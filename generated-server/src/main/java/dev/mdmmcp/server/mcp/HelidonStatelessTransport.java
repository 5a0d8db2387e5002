package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.access.ServerDefinition;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private final RequestParams params;
    private final Set<String> offeredTools;
    private volatile McpStatelessServerHandler handler;

    /** @param offeredTools the names of the tools the server offers; calls of any other are refused here */
    HelidonStatelessTransport(RequestParams params, Set<String> offeredTools) {
        this.params = params;
        this.offeredTools = Set.copyOf(offeredTools);
    }

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
        return SupportedProtocolVersions.LEGACY;
    }

    /**
     * The reply to one request of {@code server} (whose tool set this transport serves); never
     * throws, never {@code null}, never an internal error's details.
     */
    JSONRPCResponse handle(ServerDefinition server, McpTransportContext context, McpSchema.JSONRPCRequest request) {
        Optional<String> invalid = params.problem(request);
        if (invalid.isPresent()) {
            return error(request, McpSchema.ErrorCodes.INVALID_PARAMS, "Invalid params: " + invalid.get());
        }
        if (McpSchema.METHOD_TOOLS_CALL.equals(request.method())
                && request.params() instanceof Map<?, ?> fields && fields.get("name") instanceof String name
                && !offeredTools.contains(name)) {
            return error(request, McpSchema.ErrorCodes.INVALID_PARAMS,
                    ToolRefusals.refuse(server, McpToolSpecifications.scopeOf(context), name));
        }
        JSONRPCResponse response;
        try {
            response = handler.handleRequest(context, request)
                    .contextWrite(reactor -> reactor.put(McpTransportContext.KEY, context))
                    .block();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "MCP request " + request.method() + " failed", e);
            return error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error");
        }
        if (response == null) {
            return error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error: no response");
        }
        if (response.error() != null && response.error().code() == McpSchema.ErrorCodes.INTERNAL_ERROR) {
            // The SDK puts the exception's message in the reply; it may name classes or quote input.
            LOGGER.warning("MCP request " + request.method() + " failed with an internal error");
            return error(request, McpSchema.ErrorCodes.INTERNAL_ERROR, "Internal error");
        }
        return response;
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

    private static JSONRPCResponse error(McpSchema.JSONRPCRequest request, int code, String message) {
        return JSONRPCResponse.error(request.id(), new JSONRPCError(code, message, null));
    }
}

package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.TokenDirectory;
import dev.mdmmcp.server.call.CallScope;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * MCP Streamable HTTP, stateless: {@code POST /mcp/{token}} carries one JSON-RPC message and gets
 * one JSON reply. There are no sessions, so GET (server-sent events) and DELETE (end session)
 * answer 405. An unknown token gets a 404 with an empty body, the same for every unknown token,
 * and the token itself is never logged.
 */
public final class McpEndpoint implements HttpService {

    private static final HeaderName PROTOCOL_VERSION = HeaderNames.create("MCP-Protocol-Version");
    private static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");

    private final TokenDirectory tokens;
    private final McpServerCache servers;
    private final ServerHttpHeaderValidator hostAndOrigin;
    private final McpJsonMapper jsonMapper;
    private final ObjectMapper mapper;

    McpEndpoint(TokenDirectory tokens, McpServerCache servers, ServerHttpHeaderValidator hostAndOrigin,
            McpJsonMapper jsonMapper, ObjectMapper mapper) {
        this.tokens = tokens;
        this.servers = servers;
        this.hostAndOrigin = hostAndOrigin;
        this.jsonMapper = jsonMapper;
        this.mapper = mapper;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{token}", this::post)
                .any("/{token}", this::methodNotAllowed);
    }

    private void methodNotAllowed(ServerRequest request, ServerResponse response) {
        // Before the token lookup on purpose: a GET must not tell valid tokens from invalid ones.
        response.status(Status.METHOD_NOT_ALLOWED_405).header(HeaderNames.ALLOW, "POST").send();
    }

    private void post(ServerRequest request, ServerResponse response) {
        Optional<ServerDefinition> server = tokens.find(request.path().pathParameters().get("token"));
        if (server.isEmpty()) {
            response.status(Status.NOT_FOUND_404).send();
            return;
        }
        if (headersRefused(request, response)) {
            return;
        }
        Optional<McpSchema.JSONRPCMessage> message = readMessage(request, response);
        if (message.isPresent()) {
            dispatch(server.get(), message.get(), response);
        }
    }

    /** Host/Origin (DNS rebinding) and protocol version checks; answers and returns true when refused. */
    private boolean headersRefused(ServerRequest request, ServerResponse response) {
        try {
            hostAndOrigin.validate(new HelidonHeaderAccessor(request.headers()));
        } catch (ServerTransportSecurityException e) {
            response.status(e.getStatusCode()).send();
            return true;
        }
        // The SDK never looks at this header: unknown versions are refused here.
        Optional<String> version = request.headers().first(PROTOCOL_VERSION);
        if (version.isPresent() && !SupportedProtocolVersions.supports(version.get().trim())) {
            sendJson(response, Status.BAD_REQUEST_400, JsonRpcErrors.withoutId(JsonRpcErrors.INVALID_REQUEST,
                    "Unsupported MCP-Protocol-Version '" + version.get() + "'; supported: "
                            + SupportedProtocolVersions.listed()));
            return true;
        }
        return false;
    }

    /** The JSON-RPC message of the body; answers a parse error itself (its id is null) and returns empty. */
    private Optional<McpSchema.JSONRPCMessage> readMessage(ServerRequest request, ServerResponse response) {
        // Reading an absent entity throws in Helidon: check first.
        if (!request.content().hasEntity()) {
            sendJson(response, Status.BAD_REQUEST_400,
                    JsonRpcErrors.withoutId(JsonRpcErrors.PARSE_ERROR, "Parse error: the request has no body"));
            return Optional.empty();
        }
        String body = request.content().as(String.class);
        try {
            return Optional.of(McpSchema.deserializeJsonRpcMessage(jsonMapper, body));
        } catch (IOException | RuntimeException e) {
            // Parsed a second time only on this error path, to tell broken JSON from JSON that is
            // no JSON-RPC message: the happy path parses once.
            boolean json = isJson(body);
            sendJson(response, Status.BAD_REQUEST_400, json
                    ? JsonRpcErrors.withoutId(JsonRpcErrors.INVALID_REQUEST,
                            "Invalid Request: expected one JSON-RPC 2.0 request or notification")
                    : JsonRpcErrors.withoutId(JsonRpcErrors.PARSE_ERROR, "Parse error: the body is not valid JSON"));
            return Optional.empty();
        }
    }

    private boolean isJson(String body) {
        try {
            mapper.readTree(body);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void dispatch(ServerDefinition server, McpSchema.JSONRPCMessage message, ServerResponse response) {
        String requestId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        response.header(REQUEST_ID, requestId);
        McpTransportContext context = McpTransportContext.create(
                Map.of(McpToolSpecifications.CALL_SCOPE, new CallScope(requestId, server.name())));
        HelidonStatelessTransport transport = servers.transportFor(server);
        switch (message) {
            case McpSchema.JSONRPCRequest jsonRpcRequest -> {
                McpSchema.JSONRPCResponse reply = transport.handle(context, jsonRpcRequest);
                try {
                    sendJson(response, Status.OK_200, jsonMapper.writeValueAsString(reply));
                } catch (IOException e) {
                    throw new IllegalStateException("a JSON-RPC reply could not be written", e);
                }
            }
            case McpSchema.JSONRPCNotification notification -> {
                transport.handle(context, notification);
                response.status(Status.ACCEPTED_202).send();
            }
            // Replies from the client answer nothing we asked (a stateless server asks nothing).
            default -> response.status(Status.ACCEPTED_202).send();
        }
    }

    private static void sendJson(ServerResponse response, Status status, String json) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(json.getBytes(StandardCharsets.UTF_8));
    }
}

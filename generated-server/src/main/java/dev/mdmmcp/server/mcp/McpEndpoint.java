package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.access.ApiTokenCheck;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.ServerLookup;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.call.Caller;
import dev.mdmmcp.server.inbound.AuthorizationHeader;
import dev.mdmmcp.server.inbound.InboundRates;
import dev.mdmmcp.server.oauth.ProtectedResources;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.modern.server.McpHeaders;
import io.modelcontextprotocol.modern.server.transport.McpHeaderDecoder;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * MCP Streamable HTTP, stateless, for both protocol eras: {@code POST /mcp/{token}} carries one
 * JSON-RPC message and gets one JSON reply. A request claiming 2026-07-28 in {@code params._meta}
 * goes to the SDK's modern server after the revision's header checks ({@link ModernHeaderCheck});
 * any other goes to the 2025-era server ({@code initialize} and the rest). There are no sessions,
 * so GET (server-sent events) and DELETE (end session) answer 405; OPTIONS answers CORS preflights
 * of allowed origins. An unknown, revoked or expired token gets a 404 with an empty body, the same
 * for every such token, and the token itself is never logged. A server that requires API-token
 * auth answers 401 with {@code WWW-Authenticate: Bearer} without a valid one. What stops a request
 * on the way (a {@link RequestRejected}, the store out of reach) is answered by {@link McpErrors}. An OAuth server, {@code /mcp/oauth/{key}}, needs an access token of a grant
 * for it (see {@link ProtectedResources}).
 */
public final class McpEndpoint implements HttpService {

    private static final HeaderName PROTOCOL_VERSION = ModernHeaderCheck.PROTOCOL_VERSION;
    private static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");

    private final ServerLookup lookup;
    private final ApiTokenCheck apiTokens;
    private final ProtectedResources oauth;
    private final McpServerCache servers;
    private final HostAndOriginCheck hostAndOrigin;
    private final RequestBody body;
    private final JsonRpcEnvelope envelope;
    private final McpJsonMapper jsonMapper;
    private final ModernRequests modern;
    private final InboundRates rates;

    McpEndpoint(ServerLookup lookup, ApiTokenCheck apiTokens, ProtectedResources oauth, McpServerCache servers,
            HostAndOriginCheck hostAndOrigin, RequestBody body, JsonRpcEnvelope envelope, McpJsonMapper jsonMapper,
            InboundRates rates) {
        this.rates = rates;
        this.modern = new ModernRequests(jsonMapper);
        this.lookup = lookup;
        this.apiTokens = apiTokens;
        this.oauth = oauth;
        this.servers = servers;
        this.hostAndOrigin = hostAndOrigin;
        this.body = body;
        this.envelope = envelope;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/oauth/{key}", this::postOAuth)
                .options("/oauth/{key}", this::preflight)
                .any("/oauth/{key}", this::methodNotAllowed)
                .post("/{token}", this::post)
                .options("/{token}", this::preflight)
                .any("/{token}", this::methodNotAllowed);
    }

    /** A browser's CORS preflight: answered for allowed origins only, before the token is looked at. */
    private void preflight(ServerRequest request, ServerResponse response) {
        if (request.headers().first(HeaderNames.ORIGIN).isEmpty()) {
            methodNotAllowed(request, response);
            return;
        }
        Optional<String> refused = hostAndOrigin.refusal(request.headers());
        if (refused.isPresent()) {
            forbidden(response, refused.get());
            return;
        }
        CrossOriginHeaders.onPreflight(request.headers(), response);
        response.status(Status.NO_CONTENT_204).send();
    }

    private void methodNotAllowed(ServerRequest request, ServerResponse response) {
        // Before the token lookup on purpose: a GET must not tell valid tokens from invalid ones.
        response.status(Status.METHOD_NOT_ALLOWED_405).header(HeaderNames.ALLOW, "POST").send();
    }

    private void post(ServerRequest request, ServerResponse response) {
        // Host and Origin first: a foreign page learns nothing, not even whether a token exists.
        Optional<String> refused = hostAndOrigin.refusal(request.headers());
        if (refused.isPresent()) {
            forbidden(response, refused.get());
            return;
        }
        CrossOriginHeaders.onAnswer(request.headers(), response);
        if (refuseRepeatedAuthorization(request, response)) {
            return;
        }
        String token = request.path().pathParameters().get("token");
        Optional<ServerDefinition> server = lookup.find(token);
        if (server.isEmpty()) {
            notFound(request, response);
            return;
        }
        if (refuseOverRate(InboundRates.urlToken(token), response)) {
            return;
        }
        if (server.get().requiresApiToken()) {
            Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
            if (!apiTokens.opensServer(authorization, server.get().name())) {
                response.status(Status.UNAUTHORIZED_401).header(HeaderNames.WWW_AUTHENTICATE, "Bearer").send();
                return;
            }
            if (refuseOverRate(InboundRates.authorization(authorization.get()), response)) {
                return;
            }
        }
        serve(request, response, server.get(), Optional.empty());
    }

    /**
     * An OAuth server: without a valid access token of a grant for exactly this server, 401 with
     * {@code WWW-Authenticate} naming its protected resource metadata, before the body is read,
     * in every protocol revision.
     */
    private void postOAuth(ServerRequest request, ServerResponse response) {
        Optional<String> refused = hostAndOrigin.refusal(request.headers());
        if (refused.isPresent()) {
            forbidden(response, refused.get());
            return;
        }
        CrossOriginHeaders.onAnswer(request.headers(), response);
        if (refuseRepeatedAuthorization(request, response)) {
            return;
        }
        switch (oauth.admit(request.path().pathParameters().get("key"), request.headers().first(HeaderNames.AUTHORIZATION))) {
            case ProtectedResources.Admitted admitted -> {
                // One person's grant of one server is one credential, whichever of its access tokens is sent.
                if (!refuseOverRate(InboundRates.grant(admitted.server().name(), admitted.caller().subject()), response)) {
                    serve(request, response, admitted.server(), Optional.of(admitted.caller()));
                }
            }
            case ProtectedResources.Challenged challenged -> response.status(Status.UNAUTHORIZED_401)
                    .header(HeaderNames.WWW_AUTHENTICATE, challenged.wwwAuthenticate())
                    .send();
            case ProtectedResources.Unknown unknown -> notFound(request, response);
        }
    }

    /** Two {@code Authorization} headers: 400, whatever they hold. */
    private static boolean refuseRepeatedAuthorization(ServerRequest request, ServerResponse response) {
        if (!AuthorizationHeader.isRepeated(request.headers())) {
            return false;
        }
        sendJson(response, Status.BAD_REQUEST_400, JsonRpcErrors.reply(JsonNodeFactory.instance.nullNode(),
                JsonRpcErrors.INVALID_REQUEST, "Invalid Request: " + AuthorizationHeader.REPEATED));
        return true;
    }

    /** An unknown token: 404, or 429 once the client's address has had its share of them. */
    private void notFound(ServerRequest request, ServerResponse response) {
        OptionalLong wait = rates.takeUnknown(request.remotePeer().host());
        if (wait.isPresent()) {
            tooManyRequests(response, wait.getAsLong(), InboundRates.unknownRefusal(wait.getAsLong()));
        } else {
            response.status(Status.NOT_FOUND_404).send();
        }
    }

    /** Counts a request of the credential {@code key}; over its rate, answers 429 and says so. */
    private boolean refuseOverRate(String key, ServerResponse response) {
        OptionalLong wait = rates.takeCredential(key);
        if (wait.isEmpty()) {
            return false;
        }
        tooManyRequests(response, wait.getAsLong(), rates.credentialRefusal(wait.getAsLong()));
        return true;
    }

    /** 429 with {@code Retry-After}, and a JSON-RPC error (server-defined code) saying which limit. */
    private static void tooManyRequests(ServerResponse response, long retryAfterSeconds, String message) {
        response.header(HeaderNames.RETRY_AFTER, Long.toString(retryAfterSeconds));
        sendJson(response, Status.TOO_MANY_REQUESTS_429, JsonRpcErrors.reply(JsonNodeFactory.instance.nullNode(),
                JsonRpcErrors.RATE_LIMITED, message));
    }

    private void serve(ServerRequest request, ServerResponse response, ServerDefinition server, Optional<Caller> caller) {
        McpSchema.JSONRPCMessage message = envelope.read(body.read(request));
        dispatch(server, caller, message, request.headers(), response);
    }

    private void dispatch(ServerDefinition server, Optional<Caller> caller, McpSchema.JSONRPCMessage message, Headers headers,
            ServerResponse response) {
        String requestId = McpToolSpecifications.newRequestId();
        response.header(REQUEST_ID, requestId);
        CallScope scope = new CallScope(requestId, server.name(), server.stored(), caller);
        McpServerCache.Servers sdk = servers.serversFor(server);
        switch (message) {
            case McpSchema.JSONRPCRequest jsonRpcRequest when isModern(jsonRpcRequest, headers) -> {
                String version = ModernRequests.claimedVersion(jsonRpcRequest);
                Optional<String> mismatch = ModernHeaderCheck.mismatch(headers, jsonRpcRequest, version);
                if (mismatch.isPresent()) {
                    throw new RequestRejected(Status.BAD_REQUEST_400, ModernHeaderCheck.HEADER_MISMATCH,
                            mismatch.get(), JsonRpcErrors.id(jsonRpcRequest.id()));
                }
                McpTransportContext context = McpTransportContext.create(Map.of(McpToolSpecifications.CALL_SCOPE, scope,
                        McpHeaders.TRANSPORT_CONTEXT_KEY, McpHeaderDecoder.headers(new HelidonHeaderAccessor(headers))));
                ModernRequests.Reply reply = modern.handle(sdk.modern(), context, jsonRpcRequest);
                sendJson(response, reply.status(), reply.json());
            }
            case McpSchema.JSONRPCRequest jsonRpcRequest -> {
                checkLegacyVersion(headers, JsonRpcErrors.id(jsonRpcRequest.id()));
                McpSchema.JSONRPCResponse reply = sdk.legacy().handle(server,
                        McpTransportContext.create(Map.of(McpToolSpecifications.CALL_SCOPE, scope)), jsonRpcRequest);
                try {
                    sendJson(response, Status.OK_200, jsonMapper.writeValueAsString(reply));
                } catch (IOException e) {
                    throw new IllegalStateException("a JSON-RPC reply could not be written", e);
                }
            }
            case McpSchema.JSONRPCNotification notification -> {
                // 2026-07-28 defines no client notifications over HTTP: accepted; only the 2025 era acts on them.
                if (!isModernVersion(headers)) {
                    checkLegacyVersion(headers, JsonNodeFactory.instance.nullNode());
                    sdk.legacy().handle(McpTransportContext.create(Map.of(McpToolSpecifications.CALL_SCOPE, scope)),
                            notification);
                }
                response.status(Status.ACCEPTED_202).send();
            }
            // Replies from the client answer nothing we asked (a stateless server asks nothing).
            default -> response.status(Status.ACCEPTED_202).send();
        }
    }

    /**
     * A 2026-07-28 request: one that claims a version in {@code params._meta}, or any request but
     * {@code initialize} sent with a 2026-07-28 {@code MCP-Protocol-Version} (the SDK then says
     * what its {@code _meta} lacks).
     */
    private static boolean isModern(McpSchema.JSONRPCRequest request, Headers headers) {
        return ModernRequests.claimedVersion(request) != null
                || !McpSchema.METHOD_INITIALIZE.equals(request.method()) && isModernVersion(headers);
    }

    private static boolean isModernVersion(Headers headers) {
        return headers.first(PROTOCOL_VERSION).map(String::trim).filter(SupportedProtocolVersions::isModern).isPresent();
    }

    /**
     * A 2025-era request's {@code MCP-Protocol-Version}, which the SDK never reads: an unknown
     * version gets the revision's UnsupportedProtocolVersionError naming the supported ones.
     * Without the header the spec says to assume 2025-03-26, which this server speaks.
     */
    private static void checkLegacyVersion(Headers headers, JsonNode id) {
        Optional<String> version = headers.first(PROTOCOL_VERSION);
        if (version.isPresent() && !SupportedProtocolVersions.isLegacy(version.get().trim())) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            SupportedProtocolVersions.ALL.forEach(data.putArray("supported")::add);
            data.put("requested", version.get());
            throw new RequestRejected(Status.BAD_REQUEST_400, JsonRpcErrors.UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version '" + version.get() + "' in MCP-Protocol-Version; supported: "
                            + SupportedProtocolVersions.listed(), id, data);
        }
    }

    /** A foreign Origin or Host: 403 without any CORS grant, so the page cannot read it. */
    private static void forbidden(ServerResponse response, String refusal) {
        response.header(HeaderNames.VARY, "Origin");
        sendJson(response, Status.FORBIDDEN_403,
                JsonRpcErrors.reply(JsonNodeFactory.instance.nullNode(), JsonRpcErrors.INVALID_REQUEST, refusal));
    }

    static void sendJson(ServerResponse response, Status status, String json) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(json.getBytes(StandardCharsets.UTF_8));
    }
}

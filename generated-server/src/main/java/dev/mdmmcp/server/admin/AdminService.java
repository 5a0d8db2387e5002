package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ApiTokenCheck;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.config.UpstreamHosts;
import dev.mdmmcp.server.crypto.SealedCredentials;
import dev.mdmmcp.server.inbound.AuthorizationHeader;
import dev.mdmmcp.server.inbound.InboundRates;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.store.Store;
import dev.mdmmcp.server.store.StoreException;
import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The admin API, JSON over HTTP on the server's port, mounted at {@code /integrated-account}.
 * Every request needs {@code Authorization: Bearer <admin token>}: 401 without a valid token, 403
 * with an MCP-access token (it opens only the MCP servers it names). Invalid input is
 * a 400 naming the field, unknown ids a 404, an unreachable store a 503; every error body is
 * {@code {"error": ..., "message": ..., "field": ...}}. Answers are never cached: a creation
 * answer holds the server's URL, shown only there.
 */
public final class AdminService implements HttpService {

    public static final String PATH = AccountResource.PATH;
    private static final Logger LOGGER = Logger.getLogger(AdminService.class.getName());

    private final ApiTokenCheck apiTokens;
    private final InboundRates rates;
    private final AccountResource accounts;
    private final McpServerResource servers;
    private final GrantResource grants;
    private final AdminJson json;
    private final ObjectMapper mapper;

    public AdminService(Store store, SealedCredentials credentials, Catalogs catalogs, ApiTokenCheck apiTokens,
            NewTokens tokens, Supplier<URI> publicUrl, TokenRevocations revocations, AuthorizationGrants oauthGrants,
            ObjectMapper mapper, Clock clock, Runnable flushRefusedCalls, long maxRequestBytes, InboundRates rates,
            UpstreamHosts upstreamHosts) {
        this.apiTokens = apiTokens;
        this.rates = rates;
        this.mapper = mapper;
        this.json = new AdminJson(mapper);
        AdminBody bodies = new AdminBody(mapper, maxRequestBytes);
        this.accounts = new AccountResource(store, credentials, catalogs, json, mapper, bodies, revocations, clock,
                upstreamHosts);
        this.servers = new McpServerResource(store, accounts, catalogs, tokens, publicUrl, json, bodies, revocations, clock,
                flushRefusedCalls);
        this.grants = new GrantResource(oauthGrants, servers::existing, json, mapper);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::authenticate)
                .post("/", handle(accounts::create))
                .get("/", handle(accounts::list))
                .get("/{id}", handle(accounts::get))
                .patch("/{id}", handle(accounts::update))
                .delete("/{id}", handle(accounts::delete))
                .post("/{id}/mcp", handle(servers::create))
                .get("/{id}/mcp", handle(servers::list))
                .get("/{id}/mcp/{mcpId}", handle(servers::get))
                .delete("/{id}/mcp/{mcpId}", handle(servers::revoke))
                .get("/{id}/mcp/{mcpId}/calls", handle(servers::calls))
                .get("/{id}/mcp/{mcpId}/grants", handle(grants::ofServer))
                .delete("/{id}/mcp/{mcpId}/grants/{grantId}", handle(grants::revokeOfServer));
    }

    GrantResource grants() {
        return grants;
    }

    void authenticate(ServerRequest request, ServerResponse response) {
        if (AuthorizationHeader.isRepeated(request.headers())) {
            AdminProblem repeated = AdminProblem.invalid(null, AuthorizationHeader.REPEATED);
            send(response, repeated.status(), json.error(repeated));
            return;
        }
        try {
            Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
            switch (apiTokens.admin(authorization)) {
                case GRANTED -> {
                    OptionalLong wait = rates.takeCredential(InboundRates.authorization(authorization.orElse("")));
                    if (wait.isPresent()) {
                        tooManyRequests(response, wait.getAsLong(), rates.credentialRefusal(wait.getAsLong()));
                    } else {
                        response.next();
                    }
                }
                case NOT_AN_ADMIN_TOKEN -> send(response, AdminProblem.notAnAdminToken().status(),
                        json.error(AdminProblem.notAnAdminToken()));
                case UNKNOWN_TOKEN -> {
                    OptionalLong wait = rates.takeUnknown(request.remotePeer().host());
                    if (wait.isPresent()) {
                        tooManyRequests(response, wait.getAsLong(), InboundRates.unknownRefusal(wait.getAsLong()));
                        return;
                    }
                    response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
                    send(response, AdminProblem.unauthorized().status(), json.error(AdminProblem.unauthorized()));
                }
            }
        } catch (StoreUnavailableException e) {
            storeUnavailable(response);
        }
    }

    Handler handle(Function<ServerRequest, AdminReply> handler) {
        return (request, response) -> {
            AdminReply reply;
            try {
                reply = handler.apply(request);
            } catch (AdminProblem problem) {
                send(response, problem.status(), json.error(problem));
                return;
            } catch (StoreUnavailableException e) {
                storeUnavailable(response);
                return;
            } catch (StoreException e) {
                // Store messages name the operation and the SQL state, never values.
                LOGGER.warning("admin: " + request.prologue().method().text() + " " + JsonFields.printable(request.path().absolute().path())
                        + " failed: " + e.getMessage());
                send(response, Status.INTERNAL_SERVER_ERROR_500, json.error("internal_error",
                        "the server failed; its log has the details"));
                return;
            } catch (RuntimeException e) {
                // The message may quote a request value (a credential): type and place only.
                StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                LOGGER.warning("admin: " + request.prologue().method().text() + " " + JsonFields.printable(request.path().absolute().path()) + " failed: "
                        + e.getClass().getName() + (where == null ? "" : " at " + where));
                send(response, Status.INTERNAL_SERVER_ERROR_500, json.error("internal_error",
                        "the server failed; its log has the details"));
                return;
            }
            reply.location().ifPresent(location -> response.header(HeaderNames.LOCATION, location));
            if (reply.body().isPresent()) {
                send(response, reply.status(), reply.body().get());
            } else {
                response.header(HeaderNames.CACHE_CONTROL, "no-store");
                response.status(reply.status()).send();
            }
        };
    }

    private void tooManyRequests(ServerResponse response, long retryAfterSeconds, String message) {
        response.header(HeaderNames.RETRY_AFTER, Long.toString(retryAfterSeconds));
        send(response, Status.TOO_MANY_REQUESTS_429, json.error("rate_limited", message));
    }

    private void storeUnavailable(ServerResponse response) {
        response.header(HeaderNames.RETRY_AFTER, "5");
        send(response, Status.SERVICE_UNAVAILABLE_503, json.error("store_unavailable",
                "the store cannot be reached right now; retry later"));
    }

    private void send(ServerResponse response, Status status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON answer could not be written", e);
        }
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(bytes);
    }
}

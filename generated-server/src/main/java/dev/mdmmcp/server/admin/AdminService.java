package dev.mdmmcp.server.admin;

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

/**
 * The admin API, JSON over HTTP on the server's port, mounted at {@code /integrated-account}.
 * Every request needs {@code Authorization: Bearer <admin token>}: 401 without a valid token, 403
 * with an MCP-access token (it opens only the MCP servers it names). Invalid input is
 * a 400 naming the field, unknown ids a 404, an unreachable store a 503 ({@link AdminErrors});
 * every error body is {@code {"error": ..., "message": ..., "field": ...}}. Answers are never
 * cached: a creation answer holds the server's URL, shown only there.
 */
public final class AdminService implements HttpService {

    public static final String PATH = AccountResource.PATH;

    private final ApiTokenCheck apiTokens;
    private final InboundRates rates;
    private final AccountResource accounts;
    private final McpServerResource servers;
    private final GrantResource grants;
    private final AdminJson json;
    private final AdminErrors errors;

    public AdminService(Store store, SealedCredentials credentials, Catalogs catalogs, ApiTokenCheck apiTokens,
            NewTokens tokens, Supplier<URI> publicUrl, TokenRevocations revocations, AuthorizationGrants oauthGrants,
            ObjectMapper mapper, Clock clock, Runnable flushRefusedCalls, long maxRequestBytes, InboundRates rates,
            UpstreamHosts upstreamHosts) {
        this.apiTokens = apiTokens;
        this.rates = rates;
        this.json = new AdminJson(mapper);
        this.errors = new AdminErrors(json);
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

    /** How the admin API answers what its handlers throw. */
    public AdminErrors errors() {
        return errors;
    }

    GrantResource grants() {
        return grants;
    }

    void authenticate(ServerRequest request, ServerResponse response) {
        if (AuthorizationHeader.isRepeated(request.headers())) {
            throw AdminProblem.invalid(null, AuthorizationHeader.REPEATED);
        }
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
            case NOT_AN_ADMIN_TOKEN -> throw AdminProblem.notAnAdminToken();
            case UNKNOWN_TOKEN -> {
                OptionalLong wait = rates.takeUnknown(request.remotePeer().host());
                if (wait.isPresent()) {
                    tooManyRequests(response, wait.getAsLong(), InboundRates.unknownRefusal(wait.getAsLong()));
                    return;
                }
                response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
                throw AdminProblem.unauthorized();
            }
        }
    }

    /** Sends what {@code handler} answers; what it throws is answered by {@link AdminErrors}. */
    Handler handle(Function<ServerRequest, AdminReply> handler) {
        return (request, response) -> {
            AdminReply reply = handler.apply(request);
            reply.location().ifPresent(location -> response.header(HeaderNames.LOCATION, location));
            if (reply.body().isPresent()) {
                json.send(response, reply.status(), reply.body().get());
            } else {
                response.header(HeaderNames.CACHE_CONTROL, "no-store");
                response.status(reply.status()).send();
            }
        };
    }

    private void tooManyRequests(ServerResponse response, long retryAfterSeconds, String message) {
        response.header(HeaderNames.RETRY_AFTER, Long.toString(retryAfterSeconds));
        json.send(response, Status.TOO_MANY_REQUESTS_429, json.error("rate_limited", message));
    }
}

package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.access.NewTokens;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.server.oauth.OAuthUrls;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.ServerRecord;
import dev.mdmmcp.server.store.Store;
import io.helidon.webserver.http.ServerRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * {@code /integrated-account/{id}/mcp...}: mint an MCP server URL for an account (shown once,
 * only its token's hash is stored), list and read servers without their URLs, revoke one at
 * once, and read its recent tool calls ({@code items}) with the counts of calls refused before
 * sending ({@code refused}, per minute and outcome). Expired servers are gone for all of these.
 */
final class McpServerResource {

    static final int DEFAULT_CALLS = 100;
    static final int MAX_CALLS = 500;
    private static final Logger LOGGER = Logger.getLogger(McpServerResource.class.getName());

    private final Store store;
    private final AccountResource accounts;
    private final Catalogs catalogs;
    private final McpServerRequests requests = new McpServerRequests();
    private final NewTokens tokens;
    private final Supplier<URI> publicUrl;
    private final OAuthUrls oauthUrls;
    private final AdminJson json;
    private final AdminBody bodies;
    private final TokenRevocations revocations;
    private final Clock clock;
    private final Runnable flushRefusedCalls;

    McpServerResource(Store store, AccountResource accounts, Catalogs catalogs, NewTokens tokens, Supplier<URI> publicUrl,
            AdminJson json, AdminBody bodies, TokenRevocations revocations, Clock clock, Runnable flushRefusedCalls) {
        this.store = store;
        this.accounts = accounts;
        this.catalogs = catalogs;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.oauthUrls = new OAuthUrls(publicUrl);
        this.json = json;
        this.bodies = bodies;
        this.revocations = revocations;
        this.clock = clock;
        this.flushRefusedCalls = flushRefusedCalls;
    }

    AdminReply create(ServerRequest request) {
        AccountRecord account = accounts.existing(request);
        VendorCatalog catalog = catalogs.vendor(account.integration()).orElseThrow(() -> AdminProblem.conflict(
                "integration '" + account.integration() + "' is not part of this build: no server can be created"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        McpServerRequests.NewServer server = requests.parse(bodies.read(request), catalog, now);
        String id = UUID.randomUUID().toString();
        Optional<String> token = server.allowedPeople().isPresent() ? Optional.empty() : Optional.of(tokens.next());
        ServerRecord record = new ServerRecord(id, account.id(), server.name(), token.map(TokenHash::of), server.methods(),
                server.tags(), server.toolMode().wireName(), server.expiresAt(), server.requireApiTokenAuth(), now, server.allowedPeople());
        if (!store.servers().insert(record)) {
            throw AdminProblem.notFound("no integrated account '" + account.id() + "'");
        }
        LOGGER.info("admin: created " + (record.isOAuth() ? "OAuth " : "") + "MCP server " + record.id()
                + " of integrated account " + account.id() + record.expiresAt().map(at -> ", expiring " + at).orElse(""));
        ObjectNode body = view(record);
        token.ifPresent(secret -> body.put("url", publicUrl.get() + McpRouting.PATH + "/" + secret));
        return AdminReply.created(AccountResource.PATH + "/" + account.id() + "/mcp/" + record.id(), body);
    }

    AdminReply list(ServerRequest request) {
        AccountRecord account = accounts.existing(request);
        List<ObjectNode> servers = store.servers().listActive(account.id(), clock.instant()).stream()
                .map(this::view).toList();
        return AdminReply.ok(json.items(servers));
    }

    AdminReply get(ServerRequest request) {
        return AdminReply.ok(view(existing(request)));
    }

    AdminReply revoke(ServerRequest request) {
        ServerRecord server = existing(request);
        if (!store.servers().delete(server.accountId(), server.id())) {
            throw notFound(server.accountId(), server.id());
        }
        revocations.forget(server.tokenHash().stream().toList());
        LOGGER.info("admin: revoked MCP server " + server.id() + " of integrated account " + server.accountId());
        return AdminReply.noContent();
    }

    AdminReply calls(ServerRequest request) {
        ServerRecord server = existing(request);
        int limit = limit(request.query().first("limit").asOptional());
        // This instance's counts so far; other instances add theirs every few seconds.
        flushRefusedCalls.run();
        ObjectNode body = json.items(store.calls().recent(server.id(), limit).stream().map(json::call).toList());
        body.putArray("refused").addAll(store.refusedCalls().recent(server.id(), limit).stream()
                .map(json::refusedCalls).toList());
        return AdminReply.ok(body);
    }

    /** A server as the API shows it; an OAuth server with its URL, which is stable and holds no secret. */
    private ObjectNode view(ServerRecord server) {
        ObjectNode body = json.server(server);
        if (server.isOAuth()) {
            body.put("url", oauthUrls.resource(server.id()).toString());
        }
        return body;
    }

    ServerRecord existing(ServerRequest request) {
        AccountRecord account = accounts.existing(request);
        String id = request.path().pathParameters().get("mcpId");
        return store.servers().findActive(account.id(), id, clock.instant())
                .orElseThrow(() -> notFound(account.id(), id));
    }

    private static int limit(Optional<String> text) {
        if (text.isEmpty()) {
            return DEFAULT_CALLS;
        }
        try {
            int limit = Integer.parseInt(text.get().trim());
            if (limit >= 1 && limit <= MAX_CALLS) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw AdminProblem.invalid("limit", "limit must be a whole number from 1 to " + MAX_CALLS);
    }

    private static AdminProblem notFound(String accountId, String id) {
        return AdminProblem.notFound("no MCP server '" + id + "' of integrated account '" + accountId + "'");
    }
}

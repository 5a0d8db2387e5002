package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ServerLookup;
import dev.mdmmcp.server.access.TokenDirectory;
import dev.mdmmcp.server.admin.AdminErrors;
import dev.mdmmcp.server.admin.AdminService;
import dev.mdmmcp.server.admin.GrantAdminService;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.inbound.InboundRates;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.managed.ManagedServers;
import dev.mdmmcp.server.mcp.McpErrors;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.oauth.AuthorizationServer;
import dev.mdmmcp.server.oauth.MetadataEndpoints;
import dev.mdmmcp.server.oauth.OAuthUrls;
import dev.mdmmcp.server.observe.HealthChecks;
import dev.mdmmcp.server.observe.MetricsService;
import dev.mdmmcp.server.pagination.CursorCodec;
import dev.mdmmcp.server.signin.SignInService;
import dev.mdmmcp.server.store.StoreUnavailableException;
import io.helidon.http.HttpException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.spi.ServerFeature;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Every route of the server, registered in one place, and what the routes need, opened once per
 * process: MCP ({@code /mcp}), the authorization server of OAuth servers ({@code /.well-known},
 * {@code /oauth}), sign-in ({@code /signin}), the admin API and health and metrics
 * ({@code /observe}). {@link MdmMcpServer} puts them on its listeners; tests that exercise routes
 * alone hand this routing to Helidon's test server. Close it after the web server has stopped.
 */
public final class ServerRouting implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(ServerRouting.class.getName());

    private final ManagedServers managed;
    private final Map<String, AccountConnection> connections;
    private final McpRouting mcp;
    private final AdminService admin;
    private final MetricsService metrics;
    private final BooleanSupplier listening;

    private ServerRouting(ManagedServers managed, Map<String, AccountConnection> connections, McpRouting mcp,
            AdminService admin, MetricsService metrics, BooleanSupplier listening) {
        this.managed = managed;
        this.connections = connections;
        this.mcp = mcp;
        this.admin = admin;
        this.metrics = metrics;
        this.listening = listening;
    }

    /**
     * Opens the store and the connections of the configured accounts, and assembles every route.
     *
     * @param listening whether every listener still runs (readiness fails otherwise)
     */
    public static ServerRouting open(ServerConfig config, Clock clock, BooleanSupplier listening) {
        ObjectMapper mapper = JsonMappers.create();
        // Opened first: it says where rate budgets are kept (in the store, when instances share it).
        ManagedServers managed = ManagedServers.open(config, mapper, clock);
        Map<String, AccountConnection> connections = new LinkedHashMap<>();
        try {
            for (AccountConfig account : config.accounts().values()) {
                connections.put(account.name(), AccountConnection.open(account, mapper, clock, managed.budgetLedger()));
            }
            CursorCodec cursors = config.cursorSecret().map(Secret::reveal).map(CursorCodec::withSecret).orElseGet(() -> {
                LOGGER.info("cursor_secret is not set: next_cursor values are signed with a random key and stop"
                        + " working when this process restarts");
                return CursorCodec.withRandomKey();
            });
            ToolCallPipeline pipeline = new ToolCallPipeline(mapper, cursors, config.resultMaxChars(), clock,
                    managed.callObserver());
            TokenDirectory configured = TokenDirectory.of(config, connections);
            managed.configured(configured);
            ServerLookup servers = ServerLookup.firstOf(configured, managed.lookup());
            InboundRates rates = InboundRates.of(config.limits());
            McpRouting mcp = new McpRouting(config, servers, managed.apiTokens(), managed.protectedResources(), pipeline,
                    mapper, MdmMcpServer.version(), rates);
            return new ServerRouting(managed, connections, mcp, managed.adminService(rates), managed.metrics(), listening);
        } catch (RuntimeException e) {
            managed.close();
            connections.values().forEach(AccountConnection::close);
            throw e;
        }
    }

    /** The routes of the MCP listener; with the admin API, health and metrics when they share it. */
    public void mcpListener(HttpRouting.Builder routing, boolean withAdmin) {
        AuthorizationServer oauth = managed.authorizationServer();
        routing.register(McpRouting.PATH, mcp.endpoint())
                .register(SignInService.PATH, managed.signIn())
                .register(MetadataEndpoints.PATH, oauth.metadata())
                .register(OAuthUrls.AUTHORIZE, oauth.authorize())
                .register(OAuthUrls.TOKEN, oauth.token())
                .register(OAuthUrls.REGISTER, oauth.register())
                .register(OAuthUrls.REVOKE, oauth.revoke());
        if (withAdmin) {
            adminListener(routing);
        } else {
            errors(routing);
        }
    }

    /** The routes of the admin listener: the admin API and metrics (health is {@link #health}). */
    public void adminListener(HttpRouting.Builder routing) {
        routing.register(AdminService.PATH, admin)
                .register(GrantAdminService.PATH, new GrantAdminService(admin))
                .register(MetricsService.PATH, metrics);
        errors(routing);
    }

    /**
     * What handlers throw is answered here, in the voice of the surface asked: the admin API's
     * JSON errors, MCP's JSON-RPC errors. The store out of reach is a 503 everywhere (with the
     * admin API's JSON body there); any other failure outside the admin API is Helidon's own 500.
     */
    private void errors(HttpRouting.Builder routing) {
        AdminErrors adminErrors = admin.errors();
        McpErrors.register(routing);
        adminErrors.register(routing);
        routing.error(StoreUnavailableException.class, (request, response, unavailable) -> {
            if (AdminErrors.serves(request)) {
                adminErrors.storeUnavailable(response);
            } else {
                McpErrors.storeUnavailable(response);
            }
        });
        // Helidon's own refusals (no route: 404) keep their status; the admin API says them in its JSON.
        routing.error(HttpException.class, (request, response, refused) -> {
            if (AdminErrors.serves(request)) {
                adminErrors.refusedByHelidon(response, refused);
            }
        });
        routing.error(RuntimeException.class, (request, response, failure) -> {
            // An error handler that sends nothing leaves the answer to Helidon.
            if (AdminErrors.serves(request)) {
                adminErrors.internalError(request, response, failure);
            }
        });
    }

    /**
     * Liveness and readiness at {@link HealthChecks#PATH}: Helidon's observe feature, which a web
     * server takes beside its routing, on the listener named {@code socket} (the admin API's).
     */
    public ServerFeature health(String socket) {
        return HealthChecks.on(socket, managed::storeReachable, listening);
    }

    /** The server listens: URLs handed out now use {@code public_url}, or the bound address. */
    public void started(String host, int port, Optional<URI> adminListener) {
        managed.started(host, port, adminListener);
    }

    /** The base of every URL handed out. */
    public URI publicUrl() {
        return managed.publicUrl();
    }

    /** What sign-in answers pending authorizations of OAuth servers with. */
    public AuthorizationGrants authorizationGrants() {
        return managed.authorizationGrants();
    }

    @Override
    public void close() {
        mcp.close();
        managed.close();
        connections.values().forEach(AccountConnection::close);
    }
}

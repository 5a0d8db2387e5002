package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ServerLookup;
import dev.mdmmcp.server.access.TokenDirectory;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.managed.ManagedServers;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.pagination.CursorCodec;
import io.helidon.webserver.WebServer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * A running mdm-mcp server: Helidon serving {@code POST /mcp/{token}} for every configured and
 * every managed server, the admin API, health and metrics. Start it with
 * {@link #start(ServerConfig)}; integration tests use port 0 and {@link #port()}.
 */
public final class MdmMcpServer implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(MdmMcpServer.class.getName());

    private final WebServer webServer;
    private final McpRouting mcp;
    private final ManagedServers managed;
    private final Map<String, AccountConnection> connections;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private MdmMcpServer(WebServer webServer, McpRouting mcp, ManagedServers managed,
            Map<String, AccountConnection> connections) {
        this.webServer = webServer;
        this.mcp = mcp;
        this.managed = managed;
        this.connections = connections;
    }

    public static MdmMcpServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** With a clock of the caller's choosing: expiry tests move time instead of waiting. */
    public static MdmMcpServer start(ServerConfig config, Clock clock) {
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
            ToolCallPipeline pipeline = new ToolCallPipeline(mapper, cursors, clock, managed.callObserver());
            ServerLookup servers = ServerLookup.firstOf(TokenDirectory.of(config, connections), managed.lookup());
            McpRouting mcp = new McpRouting(config, servers, managed.apiTokens(), managed.protectedResources(), pipeline,
                    mapper, version());
            WebServer webServer = WebServer.builder()
                    .host(config.host())
                    .port(config.port())
                    // Shutdown is ours to run (close()), so a test JVM does not collect hooks.
                    .shutdownHook(false)
                    // A reply goes out in more than one write; with Nagle's algorithm the last one
                    // waits for the client's delayed ACK (about 40 ms on Linux) on keep-alive connections.
                    .connectionOptions(socket -> socket.tcpNoDelay(true))
                    .routing(routing -> {
                        routing.register(McpRouting.PATH, mcp.endpoint());
                        managed.route(routing);
                    })
                    .build()
                    .start();
            if (!webServer.isRunning()) {
                // Helidon logs why and returns a stopped server instead of throwing.
                mcp.close();
                throw new IllegalStateException("nothing can listen on " + config.host() + ":" + config.port()
                        + " (the port is in use, or not allowed)");
            }
            managed.started(config.host(), webServer.port());
            LOGGER.info("mdm-mcp serves " + config.servers().size() + " configured MCP server(s) and the managed ones at "
                    + managed.publicUrl() + McpRouting.PATH + "/<token>");
            return new MdmMcpServer(webServer, mcp, managed, connections);
        } catch (RuntimeException e) {
            managed.close();
            connections.values().forEach(AccountConnection::close);
            throw e;
        }
    }

    /** The port actually bound, useful when the configuration asked for 0. */
    public int port() {
        return webServer.port();
    }

    /** What sign-in answers pending authorizations of OAuth servers with. */
    public AuthorizationGrants authorizationGrants() {
        return managed.authorizationGrants();
    }

    /** Blocks until {@link #close()} runs, e.g. from a shutdown hook. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            webServer.stop();
            mcp.close();
            managed.close();
            connections.values().forEach(AccountConnection::close);
        } finally {
            stopped.countDown();
        }
    }

    public static String version() {
        String version = MdmMcpServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

package dev.mdmmcp.server;

import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import dev.mdmmcp.server.config.AdminListener;
import dev.mdmmcp.server.config.ListenerLimits;
import dev.mdmmcp.server.inbound.ListenerWatch;
import dev.mdmmcp.server.inbound.OpenFiles;
import dev.mdmmcp.server.inbound.RequestHeadDeadline;
import io.helidon.webserver.ListenerConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1Config;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * A running mdm-mcp server: Helidon serving {@code POST /mcp/{token}} for every configured and
 * every managed server, the sign-in endpoints, and the admin API, health and metrics (on the same
 * listener, or on an admin listener of their own). Start it with {@link #start(ServerConfig)};
 * integration tests use port 0 and {@link #port()}.
 *
 * <p>The listener holds at most {@code limits.max_connections} connections (by default three
 * quarters of the open-file limit) and handles {@code limits.max_concurrent_requests} requests at
 * once (503 beyond); a connection that does not send a complete request head within
 * {@code limits.request_head_seconds}, or idles that long between requests, is closed. Should a
 * listener stop anyway, the server stops, readiness fails meanwhile, and {@link #failure()} says
 * which one, so that {@code serve} exits non-zero and a supervisor restarts it.
 */
public final class MdmMcpServer implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(MdmMcpServer.class.getName());
    private static final String ADMIN_SOCKET = "admin";
    /** How often Helidon looks for idle connections (its timestamps move once a second). */
    private static final Duration IDLE_CHECK = Duration.ofSeconds(1);

    private final WebServer webServer;
    private final ServerRouting routes;
    private final ListenerWatch watch;
    private final RequestHeadDeadline headDeadline;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String failure;

    private MdmMcpServer(WebServer webServer, ServerRouting routes, ListenerWatch watch, RequestHeadDeadline headDeadline) {
        this.webServer = webServer;
        this.routes = routes;
        this.watch = watch;
        this.headDeadline = headDeadline;
    }

    public static MdmMcpServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** With a clock of the caller's choosing: expiry tests move time instead of waiting. */
    public static MdmMcpServer start(ServerConfig config, Clock clock) {
        RequestHeadDeadline headDeadline = new RequestHeadDeadline(config.limits().requestHead());
        AtomicReference<MdmMcpServer> started = new AtomicReference<>();
        ListenerWatch watch = new ListenerWatch(listener -> {
            MdmMcpServer server = started.get();
            if (server != null) {
                server.listenerStopped(listener);
            }
        });
        ServerRouting routes;
        try {
            routes = ServerRouting.open(config, clock, watch::listening);
        } catch (RuntimeException e) {
            watch.close();
            headDeadline.close();
            throw e;
        }
        try {
            int maxConnections = maxConnections(config.limits());
            AdminListener admin = config.adminListener();
            WebServerConfig.Builder builder = WebServer.builder()
                    .host(config.host())
                    .port(config.port())
                    // Shutdown is ours to run (close()), so a test JVM does not collect hooks.
                    .shutdownHook(false)
                    // Features are the ones added here (health), not whatever the class path offers.
                    .featuresDiscoverServices(false);
            limit(builder, config.limits(), maxConnections, headDeadline);
            builder.routing(routing -> routes.mcpListener(routing, !admin.separate()))
                    .addFeature(routes.health(admin.separate() ? ADMIN_SOCKET : WebServer.DEFAULT_SOCKET_NAME));
            if (admin.separate()) {
                builder.putSocket(ADMIN_SOCKET, socket -> {
                    socket.host(admin.host()).port(admin.port().getAsInt());
                    limit(socket, config.limits(), maxConnections, headDeadline);
                    socket.routing(routes::adminListener);
                });
            }
            WebServer webServer = builder.build().start();
            if (!webServer.isRunning()) {
                // Helidon logs why and returns a stopped server instead of throwing.
                throw new IllegalStateException("nothing can listen on " + config.host() + ":" + config.port()
                        + (admin.separate() ? " and " + admin.host() + ":" + admin.port().getAsInt() : "")
                        + " (the port is in use, or not allowed)");
            }
            Optional<URI> adminUrl = admin.separate()
                    ? Optional.of(URI.create("http://" + hostInUrl(admin.host()) + ":" + webServer.port(ADMIN_SOCKET)))
                    : Optional.empty();
            routes.started(config.host(), webServer.port(), adminUrl);
            LOGGER.info("mdm-mcp serves " + config.servers().size() + " configured MCP server(s) and the managed ones at "
                    + routes.publicUrl() + McpRouting.PATH + "/<token>; at most " + maxConnections + " connections"
                    + OpenFiles.limit().stream().mapToObj(limit -> " (open-file limit " + limit + ")").findFirst().orElse("")
                    + " and " + config.limits().maxConcurrentRequests() + " requests at once");
            MdmMcpServer server = new MdmMcpServer(webServer, routes, watch, headDeadline);
            started.set(server);
            watch.watch("MCP", config.host(), webServer.port());
            if (admin.separate()) {
                watch.watch("admin", admin.host(), webServer.port(ADMIN_SOCKET));
            }
            return server;
        } catch (RuntimeException e) {
            watch.close();
            headDeadline.close();
            routes.close();
            throw e;
        }
    }

    /** The listener limits of {@code limits} on the MCP listener or the admin listener. */
    private static void limit(ListenerConfig.BuilderBase<?, ?> listener, ListenerLimits limits, int maxConnections,
            RequestHeadDeadline headDeadline) {
        listener.protocolsDiscoverServices(false)
                .maxTcpConnections(maxConnections)
                .maxConcurrentRequests(limits.maxConcurrentRequests())
                .idleConnectionTimeout(limits.requestHead())
                .idleConnectionPeriod(IDLE_CHECK)
                .addProtocol(Http1Config.builder().addReceiveListener(headDeadline).build())
                // A reply goes out in more than one write; with Nagle's algorithm the last one
                // waits for the client's delayed ACK (about 40 ms on Linux) on keep-alive connections.
                .connectionOptions(socket -> socket.tcpNoDelay(true));
    }

    /** {@code limits.max_connections}, else three quarters of the open-file limit; more than the limit allows is warned about. */
    private static int maxConnections(ListenerLimits limits) {
        long openFiles = OpenFiles.limit().orElse(OpenFiles.ASSUMED_LIMIT);
        int fitting = OpenFiles.defaultMaxConnections(openFiles);
        if (limits.maxConnections().isPresent() && limits.maxConnections().getAsInt() > fitting) {
            LOGGER.warning("limits.max_connections " + limits.maxConnections().getAsInt() + " is more than the open-file"
                    + " limit of " + openFiles + " leaves room for (" + fitting + "): a flood of connections can stop the"
                    + " listener; raise the limit (ulimit -n) or lower max_connections");
        }
        return limits.maxConnections().orElse(fitting);
    }

    private static String hostInUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The port actually bound, useful when the configuration asked for 0. */
    public int port() {
        return webServer.port();
    }

    /** The port of the admin listener; the MCP port when the admin API shares it. */
    public int adminPort() {
        int admin = webServer.port(ADMIN_SOCKET);
        return admin > 0 ? admin : webServer.port();
    }

    /** Which listener stopped on its own, if one did (then the server has stopped too). */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private void listenerStopped(String listener) {
        failure = "the " + listener + " listener stopped accepting connections";
        LOGGER.severe(failure + " (see Helidon's error above): stopping, so that a supervisor restarts mdm-mcp");
        // Not on the listener's own thread, which is still finishing its stop.
        Thread.ofPlatform().name("mdm-mcp-listener-failure").start(this::close);
    }

    /** What sign-in answers pending authorizations of OAuth servers with. */
    public AuthorizationGrants authorizationGrants() {
        return routes.authorizationGrants();
    }

    /** Blocks until {@link #close()} runs, e.g. from a shutdown hook. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watch.close();
        try {
            headDeadline.close();
            webServer.stop();
            routes.close();
        } finally {
            stopped.countDown();
        }
    }

    public static String version() {
        String version = MdmMcpServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.config.AccountConfig;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.server.pagination.CursorCodec;
import io.helidon.webserver.WebServer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * A running mdm-mcp server: Helidon serving {@code POST /mcp/{token}} for every configured
 * server. Start it with {@link #start(ServerConfig)}; integration tests use port 0 and
 * {@link #port()}.
 */
public final class MdmMcpServer implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(MdmMcpServer.class.getName());
    /** Larger JSON-RPC messages are refused; tool arguments are small. */
    private static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private final WebServer webServer;
    private final McpRouting mcp;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private MdmMcpServer(WebServer webServer, McpRouting mcp) {
        this.webServer = webServer;
        this.mcp = mcp;
    }

    public static MdmMcpServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    static MdmMcpServer start(ServerConfig config, Clock clock) {
        ObjectMapper mapper = JsonMappers.create();
        Map<String, AccountConnection> connections = new LinkedHashMap<>();
        for (AccountConfig account : config.accounts().values()) {
            connections.put(account.name(), AccountConnection.open(account, mapper, clock));
        }
        CursorCodec cursors = config.cursorSecret().map(Secret::reveal).map(CursorCodec::withSecret).orElseGet(() -> {
            LOGGER.info("cursor_secret is not set: next_cursor values are signed with a random key and stop"
                    + " working when this process restarts");
            return CursorCodec.withRandomKey();
        });
        ToolCallPipeline pipeline = new ToolCallPipeline(mapper, cursors, clock);
        McpRouting mcp = new McpRouting(config, connections, pipeline, mapper, version());
        WebServer webServer = WebServer.builder()
                .host(config.host())
                .port(config.port())
                .maxPayloadSize(MAX_REQUEST_BYTES)
                // Shutdown is ours to run (close()), so a test JVM does not collect hooks.
                .shutdownHook(false)
                .routing(routing -> routing.register(McpRouting.PATH, mcp.endpoint()))
                .build()
                .start();
        if (!webServer.isRunning()) {
            // Helidon logs why and returns a stopped server instead of throwing.
            mcp.close();
            throw new IllegalStateException("nothing can listen on " + config.host() + ":" + config.port()
                    + " (the port is in use, or not allowed)");
        }
        LOGGER.info("mdm-mcp serves " + config.servers().size() + " MCP server(s) at http://" + config.host() + ":"
                + webServer.port() + McpRouting.PATH + "/<token>");
        return new MdmMcpServer(webServer, mcp);
    }

    /** The port actually bound, useful when the configuration asked for 0. */
    public int port() {
        return webServer.port();
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
        } finally {
            stopped.countDown();
        }
    }

    static String version() {
        String version = MdmMcpServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

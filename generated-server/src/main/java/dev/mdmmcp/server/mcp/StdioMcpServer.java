package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.budget.InProcessBudgetLedger;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.call.CallObserver;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.McpServerConfig;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.pagination.CursorCodec;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.modern.server.McpHeaders;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One server over stdin/stdout, for local clients such as Claude Desktop that start the server as
 * a subprocess: one JSON-RPC message per line each way, for both protocol eras, through the same
 * SDK servers, tool specifications, envelope checks and refusals as the HTTP endpoint (a line
 * claiming 2026-07-28 in its {@code _meta} goes to the SDK's modern server, any other to the
 * 2025-era one; the revision has no header layer on stdio). Each request runs on its own virtual
 * thread; replies are written whole, one per line. It runs until stdin ends (the client closed it
 * or quit) and the requests read before have been answered.
 */
public final class StdioMcpServer implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(StdioMcpServer.class.getName());
    /** How long requests read before stdin ended may still run to send their replies. */
    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(60);

    private final ServerDefinition definition;
    private final McpServerCache servers;
    private final JsonRpcEnvelope envelope;
    private final ModernRequests modern;
    private final McpJsonMapper jsonMapper;
    private final OutputStream out;
    private final CountDownLatch inputEnded = new CountDownLatch(1);
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();

    private StdioMcpServer(ServerDefinition definition, McpServerCache servers, JsonRpcEnvelope envelope,
            McpJsonMapper jsonMapper, OutputStream out) {
        this.definition = definition;
        this.servers = servers;
        this.envelope = envelope;
        this.modern = new ModernRequests(jsonMapper);
        this.jsonMapper = jsonMapper;
        this.out = out;
    }

    /**
     * Serves {@code serverName} of {@code config}; {@code out} receives protocol messages only.
     *
     * @throws ConfigException when the configuration has no such server
     */
    public static StdioMcpServer start(ServerConfig config, String serverName, InputStream in, OutputStream out,
            String version) {
        McpServerConfig serverConfig = config.servers().get(serverName);
        if (serverConfig == null) {
            throw new ConfigException("configuration error in " + config.source() + ": there is no server '" + serverName
                    + "'; servers: " + String.join(", ", config.servers().keySet()));
        }
        // One stdio process serves one client: its budget is its own, like a single HTTP instance's.
        AccountConnection connection = AccountConnection.open(config.account(serverConfig.account()),
                JsonMappers.create(), Clock.systemUTC(), new InProcessBudgetLedger());
        return start(ServerDefinition.resolve(serverConfig, connection), config, CallObserver.NONE, in, out, version);
    }

    /**
     * Serves one resolved server (from the configuration file, or the store), on its account connection.
     *
     * @param observer sees every call, e.g. to record the calls of a managed server
     */
    public static StdioMcpServer start(ServerDefinition definition, ServerConfig config, CallObserver observer,
            InputStream in, OutputStream out, String version) {
        ObjectMapper mapper = JsonMappers.create();
        McpJsonMapper sdkMapper = McpJsonDefaults.getMapper();
        // A stdio server lives as long as one client session, so a random cursor key loses nothing.
        CursorCodec cursors = config.cursorSecret().map(Secret::reveal).map(CursorCodec::withSecret)
                .orElseGet(CursorCodec::withRandomKey);
        ToolCallPipeline pipeline = new ToolCallPipeline(mapper, cursors, config.resultMaxChars(), Clock.systemUTC(), observer);
        McpToolSpecifications specifications = new McpToolSpecifications(pipeline, mapper);
        McpServerCache servers = new McpServerCache(specifications, new RequestParams(sdkMapper), version);
        servers.serversFor(definition); // built now rather than on the client's first request
        StdioMcpServer server = new StdioMcpServer(definition, servers, new JsonRpcEnvelope(mapper, sdkMapper), sdkMapper,
                out);
        Thread.ofPlatform().daemon().name("mdm-mcp-stdio-reader").start(() -> server.readLines(in));
        return server;
    }

    private void readLines(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && inputEnded.getCount() > 0) {
                if (!line.isBlank()) {
                    String message = line;
                    requests.submit(() -> answer(message));
                }
            }
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "stdin could not be read", e);
        } finally {
            // The requests read before the end still get their replies.
            requests.shutdown();
            try {
                requests.awaitTermination(IN_FLIGHT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inputEnded.countDown();
        }
    }

    private void answer(String line) {
        try {
            String reply = reply(envelope.read(line));
            if (reply != null) {
                write(reply);
            }
        } catch (RequestRejected e) {
            write(e.body());
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "a stdio message could not be answered: " + e.getClass().getName(), e);
        }
    }

    /** The reply line to one message, or null for notifications and replies. */
    private String reply(McpSchema.JSONRPCMessage message) {
        CallScope scope = new CallScope(McpToolSpecifications.newRequestId(), definition.name(), definition.stored());
        McpServerCache.Servers sdk = servers.serversFor(definition);
        switch (message) {
            case McpSchema.JSONRPCRequest request when ModernRequests.claimedVersion(request) != null -> {
                McpTransportContext context = McpTransportContext.create(Map.of(McpToolSpecifications.CALL_SCOPE, scope,
                        McpHeaders.TRANSPORT_CONTEXT_KEY, McpHeaders.NOT_MIRRORED));
                return modern.handle(sdk.modern(), context, request).json();
            }
            case McpSchema.JSONRPCRequest request -> {
                McpSchema.JSONRPCResponse response = sdk.legacy().handle(definition,
                        McpTransportContext.create(Map.of(McpToolSpecifications.CALL_SCOPE, scope)), request);
                try {
                    return jsonMapper.writeValueAsString(response);
                } catch (IOException e) {
                    throw new UncheckedIOException("a JSON-RPC reply could not be written", e);
                }
            }
            case McpSchema.JSONRPCNotification notification -> {
                sdk.legacy().handle(McpTransportContext.create(Map.of(McpToolSpecifications.CALL_SCOPE, scope)),
                        notification);
                return null;
            }
            default -> {
                return null; // a reply from the client answers nothing: this server asks nothing
            }
        }
    }

    /** One whole message per line: JSON as written has no raw line breaks. */
    private void write(String json) {
        synchronized (out) {
            try {
                out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                inputEnded.countDown(); // the client is gone
            }
        }
    }

    /** Blocks until stdin ends or {@link #endSession()} is called. */
    public void awaitEndOfInput() throws InterruptedException {
        inputEnded.await();
    }

    /** Ends the session as if the client had closed stdin, e.g. when the server was revoked. */
    public void endSession() {
        inputEnded.countDown();
    }

    @Override
    public void close() {
        requests.shutdownNow();
        servers.close();
    }
}

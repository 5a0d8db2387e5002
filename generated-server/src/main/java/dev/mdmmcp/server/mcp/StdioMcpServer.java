package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.budget.InProcessBudgetLedger;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.call.CallObserver;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.McpServerConfig;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.pagination.CursorCodec;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * One configured server over stdin/stdout with the SDK's stdio transport, for local clients
 * such as Claude Desktop that start the server as a subprocess. It offers exactly the tools the
 * server's filter lets through, built by the same {@link McpToolSpecifications} as the HTTP
 * servers; the SDK's stdio transport is session based, so its tool specifications are the
 * session kind. It runs until stdin ends (the client closed it or quit).
 */
public final class StdioMcpServer implements AutoCloseable {

    private final McpSyncServer server;
    private final CountDownLatch inputEnded;

    private StdioMcpServer(McpSyncServer server, CountDownLatch inputEnded) {
        this.server = server;
        this.inputEnded = inputEnded;
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
        return start(ServerDefinition.resolve(serverConfig, connection), config.cursorSecret(), CallObserver.NONE, in, out,
                version);
    }

    /**
     * Serves one resolved server (from the configuration file, or the store), on its account connection.
     *
     * @param observer sees every call, e.g. to record the calls of a managed server
     */
    public static StdioMcpServer start(ServerDefinition definition, Optional<Secret> cursorSecret, CallObserver observer,
            InputStream in, OutputStream out, String version) {
        ObjectMapper mapper = JsonMappers.create();
        Clock clock = Clock.systemUTC();
        // A stdio server lives as long as one client session, so a random cursor key loses nothing.
        CursorCodec cursors = cursorSecret.map(Secret::reveal).map(CursorCodec::withSecret)
                .orElseGet(CursorCodec::withRandomKey);
        ToolCallPipeline pipeline = new ToolCallPipeline(mapper, cursors, clock, observer);
        pipeline.bind(definition.tools());
        McpToolSpecifications specifications = new McpToolSpecifications(pipeline, mapper);
        List<McpServerFeatures.SyncToolSpecification> tools = specifications.session(definition);
        CountDownLatch inputEnded = new CountDownLatch(1);
        McpSyncServer server = McpServer.sync(new StdioServerTransportProvider(McpJsonDefaults.getMapper(),
                        new EndSignallingInput(in, inputEnded), out))
                .serverInfo(ServerDescription.NAME, version)
                .capabilities(ServerDescription.CAPABILITIES)
                .instructions(ServerDescription.instructions(definition))
                // Arguments are validated by the pipeline first, with messages that name the argument.
                .validateToolInputs(false)
                .tools(tools)
                .build();
        return new StdioMcpServer(server, inputEnded);
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
        server.closeGracefully();
    }

    /** Tells when the client has closed stdin: the SDK's reader stops silently then. */
    private static final class EndSignallingInput extends FilterInputStream {

        private final CountDownLatch ended;

        EndSignallingInput(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return signalEnd(guarded(super::read));
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return signalEnd(guarded(() -> super.read(buffer, offset, length)));
        }

        private int guarded(IoRead read) throws IOException {
            try {
                return read.read();
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
        }

        private int signalEnd(int result) {
            if (result < 0) {
                ended.countDown();
            }
            return result;
        }

        private interface IoRead {
            int read() throws IOException;
        }
    }
}

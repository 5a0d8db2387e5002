package dev.mdmmcp.server.managed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A flood of connections that never finish their request, against a server process whose
 * open-file limit is 1,024 (a common default): the server holds what its limits allow, keeps
 * answering, and answers at once after the flood; it never runs out of file descriptors. When a
 * listener does stop (here forced by a connection limit beyond the open-file limit), the process
 * exits non-zero so that a supervisor restarts it.
 */
class ConnectionFloodTest {

    private static final String ADMIN_TOKEN = "flood-admin-token-0123456789abcdefghijkl";

    private static Map<String, String> environment(Path dataDir, Map<String, String> more) {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("MDM_MCP_DATA_DIR", dataDir.toString(),
                "MDM_MCP_ADMIN_TOKEN", ADMIN_TOKEN, "MDM_MCP_PORT", "0"));
        environment.putAll(more);
        return environment;
    }

    /** Opens {@code count} connections that each send the start of a request line and nothing more. */
    private static List<Socket> flood(int port, int count) {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                socket.getOutputStream().write("POST /mcp/abc HT".getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            } catch (IOException e) {
                close(List.of(socket));
            }
        }
        return sockets;
    }

    private static void close(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** The time until a readiness check is answered 200. */
    private static Duration timeToAnswer(ServerProcess server) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/observe/health/ready"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    void twoThousandUnfinishedRequestsDoNotStopAServerLimitedTo1024OpenFiles() throws Exception {
        Path dataDir = TestConfigs.freshDataDir();
        try (ServerProcess server = ServerProcess.serveWithOpenFileLimit(dataDir, environment(dataDir,
                Map.of("MDM_MCP_LIMITS_REQUEST_HEAD_SECONDS", "2")), 1024)) {
            List<Socket> flood = flood(server.port(), 2000);
            Duration during;
            try {
                during = timeToAnswer(server);
            } finally {
                close(flood);
            }
            Duration after = timeToAnswer(server);
            System.out.println("ConnectionFloodTest: a flood of " + flood.size() + " connections: answered in " + during.toMillis() + " ms during it, "
                    + after.toMillis() + " ms after it");

            assertThat(flood.size()).as("connections the flood opened").isGreaterThan(1024);
            assertThat(during).as("answer while the flood holds its connections").isLessThan(Duration.ofSeconds(45));
            assertThat(after).as("answer after the flood").isLessThan(Duration.ofSeconds(5));
            assertThat(server.log()).contains("at most 768 connections (open-file limit 1024)")
                    .doesNotContain("Too many open files").doesNotContain("server socket is terminating");
            assertThat(server.awaitExit(Duration.ZERO)).as("still running").isEmpty();
        }
    }

    @Test
    void aListenerThatStopsEndsTheProcessWithExitCodeOne() {
        Path dataDir = TestConfigs.freshDataDir();
        try (ServerProcess server = ServerProcess.serveWithOpenFileLimit(dataDir, environment(dataDir,
                Map.of("MDM_MCP_LIMITS_MAX_CONNECTIONS", "100000")), 400)) {
            assertThat(server.log()).contains("limits.max_connections 100000 is more than the open-file limit of 400");
            List<Socket> flood = flood(server.port(), 600);
            OptionalInt exit;
            try {
                exit = server.awaitExit(Duration.ofSeconds(60));
            } finally {
                close(flood);
            }

            assertThat(exit).as("exit code; log:\n%s", server.log()).hasValue(1);
            assertThat(server.log()).contains("the MCP listener stopped accepting connections (see Helidon's error above):"
                    + " stopping, so that a supervisor restarts mdm-mcp")
                    .contains("mdm-mcp: the MCP listener stopped accepting connections; exiting so that a supervisor"
                            + " restarts it");
        }
    }
}

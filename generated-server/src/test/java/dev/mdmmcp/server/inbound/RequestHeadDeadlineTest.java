package dev.mdmmcp.server.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestServer;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A connection that does not finish its request head in time is closed by the server. */
class RequestHeadDeadlineTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("limits: {request_head_seconds: 1}\n" + TestServer.yaml("http://127.0.0.1:9"),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "POST /mcp/abc HT", "POST /mcp/abc HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"})
    void aConnectionWithoutACompleteRequestHeadIsClosedWithinSeconds(String partial) throws Exception {
        int port = Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
                while (read >= 0) {
                    read = in.read();
                }
            } catch (SocketException reset) {
                read = -1;
            }
            Duration open = Duration.ofNanos(System.nanoTime() - started);

            assertThat(read).isEqualTo(-1);
            assertThat(open).as("closed by the server after the 1 s deadline").isBetween(Duration.ofMillis(500),
                    Duration.ofSeconds(10));
        }
    }
}

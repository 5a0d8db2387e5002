package dev.mdmmcp.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.server.result.NoResponseCause;
import dev.mdmmcp.vendor.Timeouts;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpExchangeTest {

    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    @Test
    void refusedConnectionIsUnreachableAndNamesHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/x");
        HttpExchange exchange = new HttpExchange(uri, TIMEOUTS, 1024 * 1024);

        UpstreamIoException e = catchThrowableOfType(UpstreamIoException.class,
                () -> exchange.exchange(exchange.request(uri).GET().build()));

        assertThat(e.why()).isEqualTo(new NoResponseCause.Refused("127.0.0.1:" + port));
        assertThat(e.kind()).isEqualTo(NoResponseCause.Kind.UNREACHABLE);
    }

    @Test
    void unresolvableHostIsUnreachable() {
        URI uri = URI.create("http://no-such-host.invalid/x");
        HttpExchange exchange = new HttpExchange(uri, TIMEOUTS, 1024 * 1024);

        UpstreamIoException e = catchThrowableOfType(UpstreamIoException.class,
                () -> exchange.exchange(exchange.request(uri).GET().build()));

        assertThat(e.why()).isEqualTo(new NoResponseCause.UnknownHost("no-such-host.invalid"));
        assertThat(e.kind()).isEqualTo(NoResponseCause.Kind.UNREACHABLE);
    }
}

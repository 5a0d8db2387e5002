package dev.mdmmcp.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.net.URI;
import java.util.function.Consumer;

/**
 * The Helidon server under a simulated vendor: every request passes the vendor's {@link Gate}
 * (credentials, rate limit) and is counted in its {@link Traffic}; a {@link VendorError} thrown
 * by a route becomes the vendor's error body; unknown paths get the vendor's 404.
 */
public final class SimulatedServer implements AutoCloseable {

    /** Admits a request, or answers it (401, 429...) and returns false. */
    public interface Gate {
        boolean admit(RoutingRequest request, RoutingResponse response);
    }

    /** The vendor's JSON error body for a status and message. */
    public interface ErrorBody {
        JsonNode of(int status, String message);
    }

    private final WebServer server;
    private final URI baseUrl;
    private final Traffic traffic;

    private SimulatedServer(WebServer server, String host, Traffic traffic) {
        this.server = server;
        this.baseUrl = URI.create("http://" + host + ":" + server.port());
        this.traffic = traffic;
    }

    public static SimulatedServer start(String host, int port, Gate gate, ErrorBody errors,
            Consumer<HttpRouting.Builder> routes) {
        Traffic traffic = new Traffic();
        HttpRouting.Builder routing = HttpRouting.builder()
                .addFilter((chain, request, response) -> {
                    // Counted before the answer leaves, so a client that got it sees it counted.
                    response.beforeSend(() -> {
                        String query = request.query().rawValue();
                        traffic.record(new Traffic.Exchange(request.path().absolute().rawPath()
                                + (query.isEmpty() ? "" : "?" + query),
                                response.status().code(), response.headers().contentLength().orElse(0)));
                    });
                    if (gate.admit(request, response)) {
                        chain.proceed();
                    }
                })
                .error(VendorError.class, (request, response, error) ->
                        Json.send(response, Status.create(error.status()), errors.of(error.status(), error.getMessage())));
        routes.accept(routing);
        routing.any((request, response) -> Json.send(response, Status.NOT_FOUND_404,
                errors.of(404, "No such endpoint: " + request.prologue().method().text() + " " + request.path().absolute().rawPath())));
        WebServer server = WebServer.builder()
                .host(host)
                .port(port)
                .shutdownHook(false)
                // As the vendors' servers do: without it a reply's last write waits for a delayed ACK.
                .connectionOptions(socket -> socket.tcpNoDelay(true))
                .routing(routing)
                .build()
                .start();
        return new SimulatedServer(server, host, traffic);
    }

    /** {@code http://host:port}, without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** What reached the server so far. */
    public Traffic traffic() {
        return traffic;
    }

    @Override
    public void close() {
        server.stop();
    }
}

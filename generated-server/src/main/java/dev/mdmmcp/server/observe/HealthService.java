package dev.mdmmcp.server.observe;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * Liveness and readiness, at the paths and in the shape of Helidon's health observer:
 * {@code GET /observe/health/live} answers while the process serves HTTP;
 * {@code GET /observe/health/ready} (and {@code /observe/health}) is 503 while the store cannot
 * be reached, so a load balancer sends no traffic to an instance that could not look tokens up.
 */
public final class HealthService implements HttpService {

    public static final String PATH = "/observe/health";

    private final BooleanSupplier storeReachable;

    public HealthService(BooleanSupplier storeReachable) {
        this.storeReachable = storeReachable;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::readiness)
                .get("/ready", this::readiness)
                .get("/live", this::liveness);
    }

    private void liveness(ServerRequest request, ServerResponse response) {
        send(response, true, "{\"status\":\"UP\",\"checks\":[]}");
    }

    private void readiness(ServerRequest request, ServerResponse response) {
        boolean up = storeReachable.getAsBoolean();
        String status = up ? "UP" : "DOWN";
        send(response, up, "{\"status\":\"" + status + "\",\"checks\":[{\"name\":\"store\",\"status\":\"" + status + "\"}]}");
    }

    private static void send(ServerResponse response, boolean up, String json) {
        response.status(up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(json.getBytes(StandardCharsets.UTF_8));
    }
}

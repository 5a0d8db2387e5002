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
 * be reached, so a load balancer sends no traffic to an instance that could not look tokens up,
 * and while a listener has stopped (the process is about to exit for a restart).
 */
public final class HealthService implements HttpService {

    public static final String PATH = "/observe/health";

    private final BooleanSupplier storeReachable;
    private final BooleanSupplier listening;

    public HealthService(BooleanSupplier storeReachable, BooleanSupplier listening) {
        this.storeReachable = storeReachable;
        this.listening = listening;
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
        boolean store = storeReachable.getAsBoolean();
        boolean listeners = listening.getAsBoolean();
        send(response, store && listeners, "{\"status\":\"" + upOrDown(store && listeners) + "\",\"checks\":["
                + "{\"name\":\"store\",\"status\":\"" + upOrDown(store) + "\"},"
                + "{\"name\":\"listeners\",\"status\":\"" + upOrDown(listeners) + "\"}]}");
    }

    private static String upOrDown(boolean up) {
        return up ? "UP" : "DOWN";
    }

    private static void send(ServerResponse response, boolean up, String json) {
        response.status(up ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(json.getBytes(StandardCharsets.UTF_8));
    }
}

package dev.mdmmcp.server.observe;

import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Liveness and readiness through Helidon's health observer, under {@link #PATH}:
 * {@code /observe/health/live} answers while the process serves HTTP;
 * {@code /observe/health/ready} (and {@code /observe/health}) is 503 while the store cannot be
 * reached, so a load balancer sends no traffic to an instance that could not look tokens up, and
 * while a listener has stopped (the process is about to exit for a restart). Answers always carry
 * the checks ({@code details}); Helidon's own checks (heap, disk, deadlocks) stay off, and so does
 * its CORS feature (the web server discovers no features), so no foreign page may read them.
 */
public final class HealthChecks {

    public static final String PATH = "/observe/health";

    private HealthChecks() {
    }

    /**
     * The observe feature serving health on the listener named {@code socket}.
     *
     * @param storeReachable whether the store answers
     * @param listening whether every listener still runs
     */
    public static ObserveFeature on(String socket, BooleanSupplier storeReachable, BooleanSupplier listening) {
        HealthObserver health = HealthObserver.builder()
                .details(true)
                .useSystemServices(false)
                .addCheck(() -> status(storeReachable), HealthCheckType.READINESS, "store")
                .addCheck(() -> status(listening), HealthCheckType.READINESS, "listeners")
                .build();
        return ObserveFeature.builder()
                .observersDiscoverServices(false)
                .sockets(List.of(socket))
                .addObserver(health)
                .build();
    }

    private static HealthCheckResponse status(BooleanSupplier up) {
        return HealthCheckResponse.builder().status(up.getAsBoolean()).build();
    }
}

package dev.mdmmcp.simulator.kandji;

import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.RateLimiter;
import dev.mdmmcp.simulator.http.SimulatedServer;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Kandji's front door: a bearer API token, then the tenant's request budget (50 per second and
 * 10,000 per hour). Every admitted answer carries the gateway's rate-limit headers; a spent
 * budget is a 429 with {@code Retry-After}.
 */
final class KandjiGate implements SimulatedServer.Gate {

    private final byte[] expected;
    private final RateLimiter limiter;

    /** @param limiter the tenant's budget, or {@code null} when rate limits are off */
    KandjiGate(String apiToken, RateLimiter limiter) {
        this.expected = ("Bearer " + apiToken).getBytes(StandardCharsets.UTF_8);
        this.limiter = limiter;
    }

    @Override
    public boolean admit(RoutingRequest request, RoutingResponse response) {
        String authorization = request.headers().first(HeaderNames.AUTHORIZATION).orElse(null);
        if (authorization == null) {
            Json.send(response, Status.UNAUTHORIZED_401,
                    Json.object().put("detail", "Authentication credentials were not provided."));
            return false;
        }
        if (!MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            Json.send(response, Status.UNAUTHORIZED_401, Json.object().put("detail", "Invalid token."));
            return false;
        }
        if (limiter == null) {
            return true;
        }
        RateLimiter.Decision decision = limiter.acquire();
        for (RateLimiter.WindowState window : decision.windows()) {
            response.header("X-RateLimit-Limit-" + window.window().name(), String.valueOf(window.window().limit()));
            response.header("X-RateLimit-Remaining-" + window.window().name(), String.valueOf(window.remaining()));
        }
        RateLimiter.WindowState tightest = decision.tightest();
        response.header("RateLimit-Limit", String.valueOf(tightest.window().limit()));
        response.header("RateLimit-Remaining", String.valueOf(tightest.remaining()));
        response.header("RateLimit-Reset", String.valueOf(tightest.resetSeconds()));
        if (!decision.admitted()) {
            response.header(HeaderNames.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            Json.send(response, Status.TOO_MANY_REQUESTS_429, Json.object().put("message", "API rate limit exceeded"));
            return false;
        }
        return true;
    }
}

package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.SimulatedServer;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;

/**
 * NinjaOne's front door: the token endpoint is open; every API call needs a live bearer token
 * from it (401 otherwise: unknown or expired), reads need the {@code monitoring} scope and
 * changes the {@code management} scope (403 otherwise).
 */
final class NinjaGate implements SimulatedServer.Gate {

    private final OAuthTokens tokens;

    NinjaGate(OAuthTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean admit(RoutingRequest request, RoutingResponse response) {
        String path = request.path().absolute().rawPath();
        if (path.equals(OAuthTokens.TOKEN_PATH)) {
            return true;
        }
        String authorization = request.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        Optional<OAuthTokens.Grant> grant = authorization.startsWith("Bearer ")
                ? tokens.grantOf(authorization.substring("Bearer ".length()).trim())
                : Optional.empty();
        if (grant.isEmpty()) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Json.send(response, Status.UNAUTHORIZED_401, Json.object().put("error", "invalid_token")
                    .put("error_description", authorization.isEmpty() ? "Full authentication is required to access this resource"
                            : "Access token expired or invalid"));
            return false;
        }
        String needed = isRead(request.prologue().method(), path) ? "monitoring" : "management";
        if (!grant.get().scopes().contains(needed)) {
            Json.send(response, Status.FORBIDDEN_403, Json.object().put("resultCode", "FAILURE")
                    .put("errorMessage", "The access token lacks the '" + needed + "' scope this request needs."));
            return false;
        }
        return true;
    }

    /** Ticket boards are read with a POST. */
    private static boolean isRead(Method method, String path) {
        return method == Method.GET || (method == Method.POST && path.startsWith("/v2/ticketing/trigger/board/"));
    }
}

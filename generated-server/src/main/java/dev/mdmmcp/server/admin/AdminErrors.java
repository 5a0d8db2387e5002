package dev.mdmmcp.server.admin;

import dev.mdmmcp.server.binding.PrintableText;
import dev.mdmmcp.server.store.StoreException;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.logging.Logger;

/**
 * How the admin API answers what its handlers throw, as error handlers of Helidon's routing: an
 * {@link AdminProblem} with its status and {@code {"error", "message", "field", "problems"}}; the
 * store out of reach with 503 {@code store_unavailable} and {@code Retry-After}; any other failure with 500
 * {@code internal_error}, logged by its type and place only (a message may quote a credential).
 */
public final class AdminErrors {

    private static final Logger LOGGER = Logger.getLogger(AdminErrors.class.getName());

    private final AdminJson json;

    AdminErrors(AdminJson json) {
        this.json = json;
    }

    /** Whether {@code request} is one of the admin API's (the routing also holds MCP, sign-in or observe). */
    public static boolean serves(ServerRequest request) {
        String path = request.path().absolute().path();
        return isUnder(path, AdminService.PATH) || isUnder(path, GrantAdminService.PATH);
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** Registers the answer to refused admin requests. */
    public void register(HttpRouting.Builder routing) {
        routing.error(AdminProblem.class, (request, response, problem) ->
                json.send(response, problem.status(), json.error(problem)));
    }

    public void storeUnavailable(ServerResponse response) {
        response.header(HeaderNames.RETRY_AFTER, "5");
        json.send(response, Status.SERVICE_UNAVAILABLE_503, json.error("store_unavailable",
                "the store cannot be reached right now; retry later"));
    }

    /** A request Helidon refused before any admin handler ran, e.g. a path or method with no route (404). */
    public void refusedByHelidon(ServerResponse response, HttpException refused) {
        Status status = refused.status();
        String error = status == Status.NOT_FOUND_404 ? "not_found" : "bad_request";
        json.send(response, status, json.error(error, status == Status.NOT_FOUND_404
                ? "the admin API has no such route for this method; the README lists its endpoints"
                : "the request was refused: " + status.reasonPhrase()));
    }

    public void internalError(ServerRequest request, ServerResponse response, RuntimeException failure) {
        String where = request.prologue().method().text() + " " + PrintableText.of(request.path().absolute().path());
        if (failure instanceof StoreException store) {
            // Store messages name the operation and the SQL state, never values.
            LOGGER.warning("admin: " + where + " failed: " + store.getMessage());
        } else {
            StackTraceElement[] trace = failure.getStackTrace();
            LOGGER.warning("admin: " + where + " failed: " + failure.getClass().getName()
                    + (trace.length == 0 ? "" : " at " + trace[0]));
        }
        json.send(response, Status.INTERNAL_SERVER_ERROR_500, json.error("internal_error",
                "the server failed; its log has the details"));
    }
}

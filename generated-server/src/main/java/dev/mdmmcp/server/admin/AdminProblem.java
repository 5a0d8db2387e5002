package dev.mdmmcp.server.admin;

import io.helidon.http.Status;
import java.util.Optional;

/**
 * A request the admin API refuses, with the status and a message that says what was wrong and,
 * for invalid input, names the field. Messages never quote credential values.
 */
final class AdminProblem extends RuntimeException {

    private final Status status;
    private final String error;
    private final Optional<String> field;

    private AdminProblem(Status status, String error, String message, Optional<String> field) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    /** 400: the body or a parameter is invalid; {@code field} is its JSON path ({@code config.methods}). */
    static AdminProblem invalid(String field, String message) {
        return new AdminProblem(Status.BAD_REQUEST_400, "invalid_request", message, Optional.ofNullable(field));
    }

    /** 413: the body is over {@code max_request_bytes}. */
    static AdminProblem tooLarge(String message) {
        return new AdminProblem(Status.REQUEST_ENTITY_TOO_LARGE_413, "too_large", message, Optional.empty());
    }

    static AdminProblem unauthorized() {
        return new AdminProblem(Status.UNAUTHORIZED_401, "unauthorized",
                "send a valid API token as 'Authorization: Bearer <token>'", Optional.empty());
    }

    /** 403: a valid API token of scope {@code mcp}, which does not open the admin API. */
    static AdminProblem notAnAdminToken() {
        return new AdminProblem(Status.FORBIDDEN_403, "forbidden", "this API token is an MCP-access token: it opens only"
                + " the MCP servers it names, not the admin API; use an admin token (api-token create --scope admin)",
                Optional.empty());
    }

    static AdminProblem notFound(String message) {
        return new AdminProblem(Status.NOT_FOUND_404, "not_found", message, Optional.empty());
    }

    static AdminProblem conflict(String message) {
        return new AdminProblem(Status.CONFLICT_409, "conflict", message, Optional.empty());
    }

    Status status() {
        return status;
    }

    String error() {
        return error;
    }

    Optional<String> field() {
        return field;
    }
}

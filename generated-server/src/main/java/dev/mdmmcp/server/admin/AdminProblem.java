package dev.mdmmcp.server.admin;

import dev.mdmmcp.server.binding.Problem;
import dev.mdmmcp.server.binding.StrictInput;
import io.helidon.http.Status;
import java.util.List;
import java.util.Optional;

/**
 * A request the admin API refuses, with the status and a message that says what was wrong and,
 * for invalid input, every problem found, each naming its field. Messages never quote credential
 * values.
 */
final class AdminProblem extends RuntimeException {

    private final Status status;
    private final String error;
    private final Optional<String> field;
    private final List<Problem> problems;

    private AdminProblem(Status status, String error, String message, Optional<String> field, List<Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    private AdminProblem(Status status, String error, String message) {
        this(status, error, message, Optional.empty(), List.of());
    }

    /**
     * 400: a header, a parameter or the body as a whole is invalid; {@code field} is the parameter
     * ({@code limit}) or body key, or null.
     */
    static AdminProblem invalid(String field, String message) {
        return new AdminProblem(Status.BAD_REQUEST_400, "invalid_request", message, Optional.ofNullable(field), List.of());
    }

    /** 400: every problem found in the body; the message lists them, a line each, the field is the first one's. */
    static AdminProblem invalid(List<Problem> problems) {
        String message = String.join("\n", problems.stream().map(Problem::message).toList());
        Optional<String> field = problems.stream().map(Problem::keyPath).filter(path -> !path.isEmpty()).findFirst();
        return new AdminProblem(Status.BAD_REQUEST_400, "invalid_request", message, field, problems);
    }

    /** Throws a 400 listing every problem reading {@code input} found, when it found any. */
    static void throwIfAny(StrictInput input) {
        if (input.hasProblems()) {
            throw invalid(input.problems());
        }
    }

    /** 413: the body is over {@code max_request_bytes}. */
    static AdminProblem tooLarge(String message) {
        return new AdminProblem(Status.REQUEST_ENTITY_TOO_LARGE_413, "too_large", message);
    }

    static AdminProblem unauthorized() {
        return new AdminProblem(Status.UNAUTHORIZED_401, "unauthorized",
                "send a valid API token as 'Authorization: Bearer <token>'");
    }

    /** 403: a valid API token of scope {@code mcp}, which does not open the admin API. */
    static AdminProblem notAnAdminToken() {
        return new AdminProblem(Status.FORBIDDEN_403, "forbidden", "this API token is an MCP-access token: it opens only"
                + " the MCP servers it names, not the admin API; use an admin token (api-token create --scope admin)");
    }

    static AdminProblem notFound(String message) {
        return new AdminProblem(Status.NOT_FOUND_404, "not_found", message);
    }

    static AdminProblem conflict(String message) {
        return new AdminProblem(Status.CONFLICT_409, "conflict", message);
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

    /** Every problem of an invalid body, in the order it was read; empty for other refusals. */
    List<Problem> problems() {
        return problems;
    }
}

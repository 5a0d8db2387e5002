package dev.mdmmcp.server.result;

import java.util.Locale;

/** How a tool call ended, as the per-call log line names it. */
public enum Outcome {
    OK,
    INVALID_ARGUMENTS,
    INVALID_CURSOR,
    AUTH_FAILED,
    UPSTREAM_ERROR,
    RATE_LIMITED,
    TIMEOUT,
    CONNECTION_BROKEN,
    UNREACHABLE,
    MALFORMED_RESPONSE,
    /** The answer was larger than the account's {@code max_response_bytes}. */
    RESPONSE_TOO_LARGE,
    /** Refused before sending: the account's rate budget had no room within the longest wait. */
    BUDGET_SPENT,
    /** Refused before sending: the rate budget could not be booked (the store keeping it is unreachable). */
    BUDGET_UNAVAILABLE,
    /** Refused before sending: the account's concurrent calls stayed at {@code max_concurrency} too long. */
    BUSY,
    /** Refused before sending: the account's circuit breaker is open after repeated upstream failures. */
    CIRCUIT_OPEN,
    /** Refused before running: the server has no tool of that name. */
    UNKNOWN_TOOL,
    /** Refused before running: the account has the tool, but this server's filters (or the caller's grant) leave it out. */
    TOOL_NOT_AVAILABLE,
    /** The vendor answered, but the result would exceed {@code result_max_chars}; nothing was returned. */
    RESULT_TOO_LARGE,
    INTERNAL_ERROR;

    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the call was refused before any request went upstream: bad arguments or cursor, the
     * rate budget, the concurrency limit, an open circuit. Such calls cost nothing, so a client can
     * make them by the thousand a second; the call history counts them instead of keeping each one.
     */
    public boolean refusedBeforeSending() {
        return switch (this) {
            case INVALID_ARGUMENTS, INVALID_CURSOR, BUDGET_SPENT, BUDGET_UNAVAILABLE, BUSY, CIRCUIT_OPEN -> true;
            default -> false;
        };
    }
}

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
    UNREACHABLE,
    MALFORMED_RESPONSE,
    INTERNAL_ERROR;

    public String logName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.mdmmcp.server.result;

import dev.mdmmcp.server.ratelimit.RateLimitInfo;

/**
 * A tool call that cannot give a result. The message is written for the model: what went wrong
 * and what to do. It becomes a {@code CallToolResult} with {@code isError: true}, never a
 * protocol error, so the model can read it and correct itself.
 */
public final class ToolFailure extends RuntimeException {

    private final Outcome outcome;
    private final Integer upstreamStatus;
    private final RateLimitInfo rateLimit;

    public ToolFailure(Outcome outcome, String message) {
        this(outcome, message, null, RateLimitInfo.NONE);
    }

    public ToolFailure(Outcome outcome, String message, Integer upstreamStatus, RateLimitInfo rateLimit) {
        super(message, null, false, false);
        this.outcome = outcome;
        this.upstreamStatus = upstreamStatus;
        this.rateLimit = rateLimit;
    }

    public static ToolFailure invalidArguments(String message) {
        return new ToolFailure(Outcome.INVALID_ARGUMENTS, message);
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The vendor's HTTP status, or {@code null} when no response came. */
    public Integer upstreamStatus() {
        return upstreamStatus;
    }

    public RateLimitInfo rateLimit() {
        return rateLimit;
    }
}

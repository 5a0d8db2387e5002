package dev.mdmmcp.server.result;

import dev.mdmmcp.server.ratelimit.RateLimitInfo;

/**
 * A tool call that cannot give a result, thrown with the typed {@link FailureReason} by the layer
 * that found it. It becomes a {@code CallToolResult} with {@code isError: true}, never a protocol
 * error, so the model can read it and correct itself; its message is what the model reads,
 * written by {@link FailureMessages}.
 */
public final class ToolFailure extends RuntimeException {

    private final transient FailureReason reason;

    public ToolFailure(FailureReason reason) {
        super(null, null, false, false);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }

    /** What the model reads. */
    @Override
    public String getMessage() {
        return FailureMessages.text(reason);
    }

    public Outcome outcome() {
        return reason.outcome();
    }

    /** The vendor's HTTP status, or {@code null} when no response came. */
    public Integer upstreamStatus() {
        return reason.upstreamStatus();
    }

    public RateLimitInfo rateLimit() {
        return reason.rateLimit();
    }
}

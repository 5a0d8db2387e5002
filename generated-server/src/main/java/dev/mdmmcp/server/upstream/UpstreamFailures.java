package dev.mdmmcp.server.upstream;

import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.BodyProblem;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.FailureReason.VendorCall;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.tool.ToolDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * The failures of one tool's vendor calls, as typed reasons: what the vendor answered (its status,
 * its message, its rate-limit state), or why it did not. {@code result.FailureMessages} writes
 * what the model reads of them.
 */
public final class UpstreamFailures {

    private final VendorCall call;

    /**
     * @param vendor the vendor's display name
     * @param tool the tool that was called
     * @param idArguments the tool's path arguments, named in the advice for a 404
     */
    public UpstreamFailures(String vendor, ToolDescriptor tool, List<String> idArguments) {
        this.call = new VendorCall(vendor, tool.name(), !tool.method().isRead(), idArguments);
    }

    /** A non-2xx answer. */
    public ToolFailure forStatus(UpstreamResponse response, RateLimitInfo rateLimit, Optional<Long> retryAfterSeconds) {
        Optional<String> said = VendorErrorMessage.from(response.body());
        if (response.status() == 429) {
            RateLimitInfo exhausted = rateLimit.exhausted();
            return new ToolFailure(new FailureReason.VendorStatus(call, 429, said, exhausted,
                    retryAfterSeconds.or(() -> Optional.ofNullable(exhausted.resetSeconds()))));
        }
        return new ToolFailure(new FailureReason.VendorStatus(call, response.status(), said, rateLimit, Optional.empty()));
    }

    /** No (complete) answer: timeout, connection failure or a connection that broke. */
    public ToolFailure noResponse(UpstreamIoException e) {
        return new ToolFailure(new FailureReason.NoResponse(call, e.why()));
    }

    /** An answer whose body is over the account's size limit. */
    public ToolFailure tooLarge(ResponseTooLargeException e) {
        return new ToolFailure(new FailureReason.ResponseTooLarge(call, e.status(), e.maxBytes()));
    }

    /** A 2xx answer whose body cannot be used. */
    public ToolFailure malformedBody(UpstreamResponse response, BodyProblem problem) {
        return new ToolFailure(new FailureReason.MalformedBody(call, response.status(), problem,
                VendorErrorMessage.clean(response.bodyText())));
    }
}

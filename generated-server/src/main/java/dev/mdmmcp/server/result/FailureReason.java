package dev.mdmmcp.server.result;

import dev.mdmmcp.server.budget.BudgetRefusal;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Why a tool call failed, as facts and no prose: the layer that found the problem throws it
 * (inside a {@link ToolFailure}), and {@link FailureMessages} alone writes what the model reads of
 * it. A reason also names how the call ended for the call log ({@link #outcome}) and what of the
 * vendor's answer the result carries.
 */
public sealed interface FailureReason {

    /** How the call ended, as the per-call log line names it. */
    default Outcome outcome() {
        return switch (this) {
            case VendorStatus status -> switch (status.status()) {
                case 401, 403 -> Outcome.AUTH_FAILED;
                case 429 -> Outcome.RATE_LIMITED;
                default -> Outcome.UPSTREAM_ERROR;
            };
            case NoResponse noResponse -> noResponse.cause().kind().outcome();
            case TokenEndpointNoResponse noResponse -> noResponse.cause().kind().outcome();
            case ResponseTooLarge tooLarge -> Outcome.RESPONSE_TOO_LARGE;
            case TokenEndpointTooLarge tooLarge -> Outcome.RESPONSE_TOO_LARGE;
            case MalformedBody malformed -> Outcome.MALFORMED_RESPONSE;
            case TokenMissing missing -> Outcome.MALFORMED_RESPONSE;
            case TokenEndpointStatus status -> status.endpointFailed() ? Outcome.UPSTREAM_ERROR : Outcome.AUTH_FAILED;
            case BreakerOpen open -> Outcome.CIRCUIT_OPEN;
            case BreakerProbing probing -> Outcome.CIRCUIT_OPEN;
            case Busy busy -> Outcome.BUSY;
            case BudgetRefused refused -> refused.refusal().kind() == BudgetRefusal.Kind.LEDGER_UNREACHABLE
                    ? Outcome.BUDGET_UNAVAILABLE : Outcome.BUDGET_SPENT;
            case InvalidArguments invalid -> Outcome.INVALID_ARGUMENTS;
            case InvalidCursor cursor -> Outcome.INVALID_CURSOR;
            case ResultTooLarge tooLarge -> Outcome.RESULT_TOO_LARGE;
            case InternalError internal -> Outcome.INTERNAL_ERROR;
            case UnknownTool unknown -> Outcome.UNKNOWN_TOOL;
            case ToolNotAvailable hidden -> Outcome.TOOL_NOT_AVAILABLE;
        };
    }

    /** The vendor's HTTP status, or {@code null} when no response came. */
    default Integer upstreamStatus() {
        return switch (this) {
            case VendorStatus answer -> answer.status();
            case ResponseTooLarge answer -> answer.status();
            case MalformedBody answer -> answer.status();
            case TokenEndpointTooLarge answer -> answer.status();
            case TokenEndpointStatus answer -> answer.status();
            case TokenMissing answer -> answer.status();
            case ResultTooLarge answer -> answer.status();
            default -> null;
        };
    }

    /** The vendor's rate-limit state, for the result's {@code _meta}. */
    default RateLimitInfo rateLimit() {
        return RateLimitInfo.NONE;
    }

    /**
     * One tool's calls to its vendor, as the texts about them need it.
     *
     * @param vendor the vendor's display name
     * @param tool the tool's name
     * @param write whether the tool changes data (its outcome is then uncertain after a fault)
     * @param pathArguments the tool's path arguments, named in the advice for a 404
     */
    record VendorCall(String vendor, String tool, boolean write, List<String> pathArguments) {

        public VendorCall {
            pathArguments = List.copyOf(pathArguments);
        }
    }

    /**
     * The vendor answered with a status other than 2xx.
     *
     * @param vendorMessage the message found in the vendor's body, one line
     * @param rateLimit the vendor's rate-limit state (with nothing remaining after a 429)
     * @param retryAfterSeconds after a 429: how long the vendor asks to wait, when it says
     */
    record VendorStatus(VendorCall call, int status, Optional<String> vendorMessage, RateLimitInfo rateLimit,
            Optional<Long> retryAfterSeconds) implements FailureReason {
    }

    /** No (complete) answer came from the vendor. */
    record NoResponse(VendorCall call, NoResponseCause cause) implements FailureReason {
    }

    /** The vendor's answer was larger than the account accepts; it was not read. */
    record ResponseTooLarge(VendorCall call, int status, long maxBytes) implements FailureReason {
    }

    /**
     * A 2xx answer whose body cannot be used.
     *
     * @param excerpt the body's text on one line (empty for an empty body)
     */
    record MalformedBody(VendorCall call, int status, BodyProblem problem, String excerpt) implements FailureReason {
    }

    /** The OAuth2 token endpoint gave no (complete) answer; the call's own request was not sent. */
    record TokenEndpointNoResponse(String vendor, NoResponseCause cause) implements FailureReason {
    }

    /** The token endpoint's answer was larger than the account accepts. */
    record TokenEndpointTooLarge(String vendor, int status, long maxBytes) implements FailureReason {
    }

    /** The token endpoint answered with a status other than 2xx. */
    record TokenEndpointStatus(String vendor, int status, Optional<String> vendorMessage) implements FailureReason {

        /** A 5xx or a 429 is the endpoint's trouble; anything else refuses the credentials. */
        public boolean endpointFailed() {
            return status >= 500 || status == 429;
        }
    }

    /** The token endpoint answered 2xx without an access token. */
    record TokenMissing(String vendor, int status) implements FailureReason {
    }

    /**
     * The account's circuit breaker is open; nothing was sent.
     *
     * @param failures the failed requests in a row that open it
     * @param openFor how long it stays open each time
     * @param openUntil when the next call may probe
     * @param now when the call was refused
     */
    record BreakerOpen(String vendor, String account, int failures, Duration openFor, Instant openUntil, Instant now)
            implements FailureReason {
    }

    /** The breaker is half open and another request is its probe; nothing was sent. */
    record BreakerProbing(String vendor, String account) implements FailureReason {
    }

    /** All of the account's concurrent slots stayed taken for the longest wait; nothing was sent. */
    record Busy(String account, String vendor, int maxConcurrency, Duration maxWait) implements FailureReason {
    }

    /** The account's rate budget refused the request; nothing was sent. */
    record BudgetRefused(BudgetRefusal refusal) implements FailureReason {
    }

    /**
     * The arguments are wrong; nothing was sent.
     *
     * @param tool the tool called, or {@code null} where the layer that found the problem does not
     *        know it (the text then names the problems alone)
     * @param problems every problem found, in order
     */
    record InvalidArguments(String tool, List<ArgumentProblem> problems) implements FailureReason {

        public InvalidArguments {
            problems = List.copyOf(problems);
        }

        /** A problem found where the tool is not known. */
        public static InvalidArguments of(ArgumentProblem problem) {
            return new InvalidArguments(null, List.of(problem));
        }
    }

    /** The {@code next_cursor} passed back cannot be used; nothing was sent. */
    record InvalidCursor(String tool, CursorProblem problem) implements FailureReason {

        /** What is wrong with the cursor. */
        public enum CursorProblem {
            /** Changed, cut short, or signed with a key of before a restart. */
            UNREADABLE,
            /** Issued by another tool (or account). */
            OTHER_TOOL,
            /** Issued for other arguments. */
            OTHER_ARGUMENTS
        }
    }

    /** The server itself failed while running the tool. */
    record InternalError(String tool, String requestId) implements FailureReason {
    }

    /** The server has no tool of that name. */
    record UnknownTool(String name) implements FailureReason {
    }

    /** The account has the tool, but this server's filters (or the caller's grant) leave it out. */
    record ToolNotAvailable(String name) implements FailureReason {
    }

    /**
     * The vendor answered, but one object of the answer (a get tool's result, or the next item of
     * a list page) makes a result larger than {@code result_max_chars} alone; nothing was returned.
     *
     * @param listItem whether the object is a list item
     * @param size the size of a result holding it alone, as {@link ResultBody#size()} counts
     * @param maxChars the cap
     * @param narrowing how the call could ask for less
     * @param status the vendor's HTTP status
     */
    record ResultTooLarge(boolean listItem, long size, int maxChars, Narrowing narrowing, int status)
            implements FailureReason {
    }
}

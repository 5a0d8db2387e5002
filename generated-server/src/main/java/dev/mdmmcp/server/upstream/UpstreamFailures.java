package dev.mdmmcp.server.upstream;

import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.tool.ToolDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * Explains, for the model, why a vendor call failed and what to do next. Writes are treated
 * with care: when the vendor may have applied a change (timeout, 5xx, unreadable success
 * body), the text says the outcome is unknown and must be checked before repeating.
 */
public final class UpstreamFailures {

    private final String vendor;
    private final ToolDescriptor tool;
    private final List<String> idArguments;

    /**
     * @param vendor the vendor's display name
     * @param tool the tool that was called
     * @param idArguments the tool's path arguments, named in the advice for a 404
     */
    public UpstreamFailures(String vendor, ToolDescriptor tool, List<String> idArguments) {
        this.vendor = vendor;
        this.tool = tool;
        this.idArguments = List.copyOf(idArguments);
    }

    private boolean isWrite() {
        return !tool.method().isRead();
    }

    /** A non-2xx answer. */
    public ToolFailure forStatus(UpstreamResponse response, RateLimitInfo rateLimit, Optional<Long> retryAfterSeconds) {
        int status = response.status();
        String said = VendorErrorMessage.from(response.body()).map(message -> ": " + message).orElse("");
        String http = " (HTTP " + status + ")";
        if (status == 401) {
            return failure(Outcome.AUTH_FAILED, status, rateLimit, vendor + " rejected the account's credentials" + http + said
                    + ". The API credentials configured for this server's account are wrong, expired or revoked;"
                    + " an administrator must update them. Retrying will not help.");
        }
        if (status == 403) {
            return failure(Outcome.AUTH_FAILED, status, rateLimit, vendor + " denied permission for " + tool.name() + http + said
                    + ". The account's API credentials lack the permission this call needs; an administrator must"
                    + " grant it in " + vendor + ". Retrying will not help.");
        }
        if (status == 404) {
            String check = idArguments.isEmpty() ? "Check the arguments"
                    : "Check " + String.join(", ", idArguments.stream().map(a -> "'" + a + "'").toList())
                            + ": use an id exactly as a list or search tool returned it";
            return failure(Outcome.UPSTREAM_ERROR, status, rateLimit,
                    vendor + " found no such object" + http + said + ". " + check + ".");
        }
        if (status == 429) {
            RateLimitInfo exhausted = rateLimit.exhausted();
            Long wait = retryAfterSeconds.orElse(exhausted.resetSeconds());
            String when = wait == null ? "Wait a minute before retrying; " + vendor + " did not say how long."
                    : "Retry after " + wait + " seconds, not sooner.";
            return failure(Outcome.RATE_LIMITED, status, exhausted, vendor + "'s API quota for this account is used up"
                    + http + said + ". The request was not carried out. " + when
                    + " The quota is shared with the account's other integrations.");
        }
        if (status >= 500) {
            String next = isWrite()
                    ? " The change may or may not have been applied: check with a read tool before trying again."
                    : " This is a problem on " + vendor + "'s side; try again in a minute.";
            return failure(Outcome.UPSTREAM_ERROR, status, rateLimit, vendor + " failed with a server error" + http + said + "." + next);
        }
        if (status >= 400) {
            return failure(Outcome.UPSTREAM_ERROR, status, rateLimit, vendor + " rejected the request" + http + said
                    + ". Check the arguments against the tool's description and correct them before trying again.");
        }
        return failure(Outcome.UPSTREAM_ERROR, status, rateLimit,
                vendor + " gave an unexpected answer" + http + said + ". Try again later.");
    }

    /** No (complete) answer: timeout, connection failure or a connection that broke. */
    public ToolFailure noResponse(UpstreamIoException e) {
        if (e.kind() == UpstreamIoException.Kind.UNREACHABLE) {
            return new ToolFailure(Outcome.UNREACHABLE, "Could not connect to " + vendor + " (" + e.getMessage()
                    + "). The request was not sent. Try again in a minute; if it persists, "
                    + vendor + " or the network to it is down.", null, RateLimitInfo.NONE);
        }
        String next = isWrite()
                ? " The outcome is unknown: the change may or may not have been applied. Check with a read tool"
                        + " before repeating it; do not repeat it blindly."
                : e.kind() == UpstreamIoException.Kind.TIMEOUT
                        ? " Try again, perhaps with a smaller limit or narrower filters."
                        : " Try again in a minute; if it persists, " + vendor + "'s API is degraded.";
        String what = e.kind() == UpstreamIoException.Kind.TIMEOUT ? " timed out: " : "'s answer broke off: ";
        Outcome outcome = e.kind() == UpstreamIoException.Kind.TIMEOUT ? Outcome.TIMEOUT : Outcome.CONNECTION_BROKEN;
        return new ToolFailure(outcome, vendor + what + e.getMessage() + "." + next, null, RateLimitInfo.NONE);
    }

    /** An answer whose body is over the account's size limit. */
    public ToolFailure tooLarge(ResponseTooLargeException e) {
        String next = isWrite()
                ? " The change was probably applied (the status was HTTP " + e.status() + "): check with a read tool"
                        + " before repeating it."
                : " Ask for less: a smaller limit, narrower filters, or a get tool for one object. An administrator"
                        + " can raise the account's max_response_bytes.";
        return new ToolFailure(Outcome.RESPONSE_TOO_LARGE, vendor + " answered HTTP " + e.status() + " with a body"
                + " larger than the " + e.maxBytes() + " bytes this server accepts for the account; it was not read."
                + next, e.status(), RateLimitInfo.NONE);
    }

    /** A 2xx answer whose body cannot be used. */
    public ToolFailure malformedBody(UpstreamResponse response, String problem) {
        String snippet = VendorErrorMessage.clean(response.bodyText());
        if (snippet.length() > 200) {
            snippet = snippet.substring(0, 200) + "...";
        }
        String next = isWrite()
                ? " The change was probably applied (the status was a success): check with a read tool before repeating it."
                : " Try again; if it keeps happening, " + vendor + "'s API is degraded.";
        return new ToolFailure(Outcome.MALFORMED_RESPONSE, vendor + " answered HTTP " + response.status() + " with "
                + problem + (snippet.isEmpty() ? "" : ": \"" + snippet + "\"") + "." + next,
                response.status(), RateLimitInfo.NONE);
    }

    private static ToolFailure failure(Outcome outcome, int status, RateLimitInfo rateLimit, String message) {
        return new ToolFailure(outcome, message, status, rateLimit);
    }
}

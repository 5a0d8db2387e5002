package dev.mdmmcp.server.result;

import dev.mdmmcp.server.result.FailureReason.BreakerOpen;
import dev.mdmmcp.server.result.FailureReason.BreakerProbing;
import dev.mdmmcp.server.result.FailureReason.Busy;
import dev.mdmmcp.server.result.FailureReason.MalformedBody;
import dev.mdmmcp.server.result.FailureReason.NoResponse;
import dev.mdmmcp.server.result.FailureReason.ResponseTooLarge;
import dev.mdmmcp.server.result.FailureReason.TokenEndpointNoResponse;
import dev.mdmmcp.server.result.FailureReason.TokenEndpointStatus;
import dev.mdmmcp.server.result.FailureReason.TokenEndpointTooLarge;
import dev.mdmmcp.server.result.FailureReason.TokenMissing;
import dev.mdmmcp.server.result.FailureReason.VendorStatus;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The texts of failures between the server and a vendor: its answers, its silence, its token
 * endpoint, the circuit breaker and the concurrency limit. Writes are treated with care: when
 * the vendor may have applied a change (timeout, broken connection, 5xx, unreadable success
 * body), the text says the outcome is unknown and must be checked before repeating.
 */
final class VendorFailureTexts {

    private static final int EXCERPT_LENGTH = 200;

    private VendorFailureTexts() {
    }

    static String status(VendorStatus failure) {
        String vendor = failure.call().vendor();
        int status = failure.status();
        String http = " (HTTP " + status + ")" + said(failure.vendorMessage());
        if (status == 401) {
            return vendor + " rejected the account's credentials" + http + ". The API credentials configured for this"
                    + " server's account are wrong, expired or revoked; an administrator must update them. Retrying"
                    + " will not help.";
        }
        if (status == 403) {
            return vendor + " denied permission for " + failure.call().tool() + http + ". The account's API"
                    + " credentials lack the permission this call needs; an administrator must grant it in " + vendor
                    + ". Retrying will not help.";
        }
        if (status == 404) {
            var pathArguments = failure.call().pathArguments();
            String check = pathArguments.isEmpty() ? "Check the arguments"
                    : "Check " + pathArguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "))
                            + ": use an id exactly as a list or search tool returned it";
            return vendor + " found no such object" + http + ". " + check + ".";
        }
        if (status == 429) {
            String when = failure.retryAfterSeconds()
                    .map(wait -> "Retry after " + wait + " seconds, not sooner.")
                    .orElse("Wait a minute before retrying; " + vendor + " did not say how long.");
            return vendor + "'s API quota for this account is used up" + http + ". The request was not carried out. "
                    + when + " The quota is shared with the account's other integrations.";
        }
        if (status >= 500) {
            String next = failure.call().write()
                    ? " The change may or may not have been applied: check with a read tool before trying again."
                    : " This is a problem on " + vendor + "'s side; try again in a minute.";
            return vendor + " failed with a server error" + http + "." + next;
        }
        if (status >= 400) {
            return vendor + " rejected the request" + http + ". Check the arguments against the tool's description"
                    + " and correct them before trying again.";
        }
        return vendor + " gave an unexpected answer" + http + ". Try again later.";
    }

    static String noResponse(NoResponse failure) {
        String vendor = failure.call().vendor();
        NoResponseCause.Kind kind = failure.cause().kind();
        String cause = cause(failure.cause());
        if (kind == NoResponseCause.Kind.UNREACHABLE) {
            return "Could not connect to " + vendor + " (" + cause + "). The request was not sent. Try again in a"
                    + " minute; if it persists, " + vendor + " or the network to it is down.";
        }
        String next = failure.call().write()
                ? " The outcome is unknown: the change may or may not have been applied. Check with a read tool"
                        + " before repeating it; do not repeat it blindly."
                : kind == NoResponseCause.Kind.TIMEOUT
                        ? " Try again, perhaps with a smaller limit or narrower filters."
                        : " Try again in a minute; if it persists, " + vendor + "'s API is degraded.";
        String what = kind == NoResponseCause.Kind.TIMEOUT ? " timed out: " : "'s answer broke off: ";
        return vendor + what + cause + "." + next;
    }

    static String tooLarge(ResponseTooLarge failure) {
        String next = failure.call().write()
                ? " The change was probably applied (the status was HTTP " + failure.status() + "): check with a read"
                        + " tool before repeating it."
                : " Ask for less: a smaller limit, narrower filters, or a get tool for one object. An administrator"
                        + " can raise the account's max_response_bytes.";
        return failure.call().vendor() + " answered HTTP " + failure.status() + " with a body larger than the "
                + failure.maxBytes() + " bytes this server accepts for the account; it was not read." + next;
    }

    static String malformed(MalformedBody failure) {
        String vendor = failure.call().vendor();
        String excerpt = failure.excerpt();
        if (excerpt.length() > EXCERPT_LENGTH) {
            excerpt = excerpt.substring(0, EXCERPT_LENGTH) + "...";
        }
        String next = failure.call().write()
                ? " The change was probably applied (the status was a success): check with a read tool before"
                        + " repeating it."
                : " Try again; if it keeps happening, " + vendor + "'s API is degraded.";
        return vendor + " answered HTTP " + failure.status() + " with " + problem(failure.problem())
                + (excerpt.isEmpty() ? "" : ": \"" + excerpt + "\"") + "." + next;
    }

    static String tokenEndpoint(TokenEndpointNoResponse failure) {
        return "Could not get an access token from " + failure.vendor() + " (" + cause(failure.cause())
                + "). The request itself was not sent. Try again in a minute.";
    }

    static String tokenEndpoint(TokenEndpointTooLarge failure) {
        return failure.vendor() + "'s token endpoint answered HTTP " + failure.status() + " with a body larger than "
                + failure.maxBytes() + " bytes. The request itself was not sent. Try again in a minute.";
    }

    static String tokenEndpoint(TokenEndpointStatus failure) {
        String http = " (HTTP " + failure.status() + ")" + said(failure.vendorMessage());
        if (failure.endpointFailed()) {
            return failure.vendor() + "'s token endpoint failed" + http + ". The request itself was not sent. Try again"
                    + " in a minute.";
        }
        return failure.vendor() + " refused the account's client credentials at its token endpoint" + http + ". The"
                + " client_id, client_secret or scope configured for this server's account are wrong or revoked; an"
                + " administrator must fix them. Retrying will not help.";
    }

    static String tokenEndpoint(TokenMissing failure) {
        return failure.vendor() + "'s token endpoint answered HTTP " + failure.status() + " without an access_token."
                + " The request itself was not sent. Try again later.";
    }

    static String breakerOpen(BreakerOpen open) {
        String vendor = open.vendor();
        long seconds = Math.max(1, (Duration.between(open.now(), open.openUntil()).toMillis() + 999) / 1000);
        return "Calls to " + vendor + " for account '" + open.account() + "' are paused: " + vendor + " failed "
                + open.failures() + " requests in a row (no answer, no connection, or server errors), so it seems to"
                + " be down. No request was sent. The pause ends in " + seconds + " s (at "
                + open.openUntil().plusMillis(999).truncatedTo(ChronoUnit.SECONDS) + "); the first call after that"
                + " tests whether " + vendor + " is back. The pause lasts " + DurationText.of(open.openFor())
                + " each time.";
    }

    static String breakerProbing(BreakerProbing probing) {
        return "Calls to " + probing.vendor() + " for account '" + probing.account() + "' are paused after repeated"
                + " failures, and one request is testing right now whether " + probing.vendor() + " is back. No"
                + " request was sent. Try again in a few seconds.";
    }

    static String busy(Busy busy) {
        return "Account '" + busy.account() + "' already has " + busy.maxConcurrency() + " requests to " + busy.vendor()
                + " under way (its max_concurrency), and none finished within " + DurationText.of(busy.maxWait())
                + ". No request was sent to " + busy.vendor() + ". Try again in a few seconds, with fewer calls at once.";
    }

    static String cause(NoResponseCause cause) {
        return switch (cause) {
            case NoResponseCause.ReadTimeout timeout -> "no complete answer within " + DurationText.of(timeout.read());
            case NoResponseCause.Interrupted interrupted -> "interrupted while waiting";
            case NoResponseCause.ConnectTimeout timeout -> "no connection to " + timeout.hostAndPort() + " within "
                    + DurationText.of(timeout.connect());
            case NoResponseCause.UnknownHost unknown -> "the host name " + unknown.host() + " does not resolve";
            case NoResponseCause.Refused refused -> "connection to " + refused.hostAndPort() + " refused";
            case NoResponseCause.Broken broken -> "the connection broke (" + broken.detail() + ")";
            case NoResponseCause.ConnectFailed failed -> failed.detail();
        };
    }

    private static String problem(BodyProblem problem) {
        return switch (problem) {
            case BodyProblem.NotJson notJson -> "a body that is not valid JSON";
            case BodyProblem.Truncated truncated -> "a truncated JSON body";
            case BodyProblem.EmptyWhereListExpected empty -> "an empty body where a list was expected";
            case BodyProblem.NoItemArray none -> none.pointer().isEmpty() ? "a body that is not a JSON array of items"
                    : "no item array at " + none.pointer();
            case BodyProblem.ItemsWithoutId items -> "items without the '" + items.idField() + "' field needed to page";
        };
    }

    private static String said(Optional<String> vendorMessage) {
        return vendorMessage.map(message -> ": " + message).orElse("");
    }
}

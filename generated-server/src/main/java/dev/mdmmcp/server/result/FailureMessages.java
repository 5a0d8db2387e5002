package dev.mdmmcp.server.result;

import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.budget.BudgetRefusal;
import dev.mdmmcp.server.budget.BudgetWindow;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the model reads when a call fails, written from the typed reasons the lower layers throw:
 * they say what happened, this class says it to the model (what went wrong, whether anything was
 * sent, what to do).
 */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** A request the rate budget refused; nothing was sent. */
    public static ToolFailure of(BudgetRefusal refusal) {
        String account = refusal.account();
        String vendor = refusal.vendor();
        return switch (refusal.kind()) {
            case LEDGER_UNREACHABLE -> new ToolFailure(Outcome.BUDGET_UNAVAILABLE, "The rate budget of account '" + account
                    + "' is kept in the server's store, which cannot be reached right now, so the call was not sent:"
                    + " sending it unbooked could exceed the tenant's limits at " + vendor + ". No request was sent to "
                    + vendor + ". Retry in a few seconds.");
            case STOPPING -> new ToolFailure(Outcome.BUDGET_SPENT, "The call to " + vendor + " was cancelled while it"
                    + " waited for account '" + account + "''s rate budget (the server is stopping). No request was sent.");
            case SPENT -> new ToolFailure(Outcome.BUDGET_SPENT, spent(refusal));
        };
    }

    private static String spent(BudgetRefusal refusal) {
        String account = refusal.account();
        String vendor = refusal.vendor();
        BudgetLimits limits = refusal.limits();
        var limit = refusal.limit().orElseThrow();
        String why = switch (limit) {
            case PER_HOUR -> "The hourly request budget of account '" + account + "' is spent: "
                    + limits.allowed(BudgetWindow.PER_HOUR) + " requests in the last hour, "
                    + share(limits, vendor, BudgetWindow.PER_HOUR) + " (the rest is kept for the tenant's other integrations).";
            case PER_SECOND -> "Account '" + account + "' is asked for more than its "
                    + limits.allowed(BudgetWindow.PER_SECOND) + " requests per second, "
                    + share(limits, vendor, BudgetWindow.PER_SECOND) + ", and the next free moment is more than "
                    + DurationText.of(refusal.maxWait()) + " away.";
            case VENDOR_PAUSE -> vendor + " answered an earlier request of account '" + account
                    + "' with HTTP 429 (quota used up), so the account waits for " + vendor + "'s reset.";
            case VENDOR_HEADROOM -> vendor + " reports that the tenant of account '" + account
                    + "' has little of its request quota left; what remains is kept for the tenant's other integrations.";
        };
        String advice = switch (limit) {
            case PER_SECOND -> " Retry then, and make fewer calls at once.";
            case PER_HOUR -> " Until then every call to this account fails like this; to spend less, ask for more per"
                    + " call (a larger limit, narrower filters) instead of many small calls.";
            case VENDOR_PAUSE, VENDOR_HEADROOM -> " Retry then, not sooner.";
        };
        return why + " No request was sent to " + vendor + ". Budget returns in " + refusal.secondsLeft() + " s (at "
                + refusal.returnsAt() + ")." + advice;
    }

    private static String share(BudgetLimits limits, String vendor, BudgetWindow window) {
        return limits.sharePercent() + "% of " + vendor + "'s " + limits.vendorLimit(window) + " per " + window.unit()
                + " for the tenant";
    }

    /** A result larger than {@code result_max_chars} even alone; the vendor answered {@code upstreamStatus}. */
    public static ToolFailure of(ResultTooLarge tooLarge, int upstreamStatus) {
        Narrowing narrowing = tooLarge.narrowing();
        String what = tooLarge.listItem()
                ? "The next item of " + narrowing.tool() + " alone would make a result of " + tooLarge.size()
                        + " characters"
                : "The result of " + narrowing.tool() + " would be " + tooLarge.size() + " characters";
        List<String> asks = new ArrayList<>();
        fieldsAsk(narrowing).ifPresent(asks::add);
        if (!narrowing.partTools().isEmpty()) {
            asks.add((tooLarge.listItem() ? "read the item with " : "read its parts with ")
                    + String.join(", ", narrowing.partTools()));
        }
        String advice = asks.isEmpty()
                ? " No argument of " + narrowing.tool() + " makes it smaller; an administrator can raise result_max_chars,"
                        + " but Claude cuts results above about 150000 characters."
                : " Ask for less: " + String.join(", or ", asks) + ".";
        return new ToolFailure(Outcome.RESULT_TOO_LARGE, what + ", more than the " + tooLarge.maxChars()
                + " characters this server returns in one result (result_max_chars), so "
                + (tooLarge.listItem() ? "nothing was" : "it was not") + " returned: a longer result would be cut off."
                + advice, upstreamStatus, RateLimitInfo.NONE);
    }

    /** The {@code note} of a list page shortened to fit into {@code result_max_chars}. */
    public static String shortenedPage(int kept, int total, int maxChars, Narrowing narrowing) {
        List<String> asks = new ArrayList<>();
        fieldsAsk(narrowing).ifPresent(asks::add);
        if (!narrowing.filters().isEmpty()) {
            asks.add("narrow the list with its filters (" + String.join(", ", narrowing.filters()) + ")");
        }
        return "Only the first " + kept + " of the " + total + " items of this page fit into one result of at most "
                + maxChars + " characters (result_max_chars); the others follow with next_cursor."
                + (asks.isEmpty() ? "" : " For more items per call, " + String.join(", or ", asks) + ".");
    }

    private static Optional<String> fieldsAsk(Narrowing narrowing) {
        if (!narrowing.fieldsArgument()) {
            return Optional.empty();
        }
        return Optional.of(narrowing.wholeRecordAsked() ? "name the fields you need in 'fields' instead of \"*\""
                : "name only the fields you need in 'fields'");
    }
}

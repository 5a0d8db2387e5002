package dev.mdmmcp.server.result;

import dev.mdmmcp.server.budget.BudgetLimits;
import dev.mdmmcp.server.budget.BudgetRefusal;
import dev.mdmmcp.server.budget.BudgetWindow;

/** The texts of requests the rate budget refused: which limit, until when, and what to do. */
final class BudgetFailureTexts {

    private BudgetFailureTexts() {
    }

    static String refused(BudgetRefusal refusal) {
        String account = refusal.account();
        String vendor = refusal.vendor();
        return switch (refusal.kind()) {
            case LEDGER_UNREACHABLE -> "The rate budget of account '" + account + "' is kept in the server's store,"
                    + " which cannot be reached right now, so the call was not sent: sending it unbooked could exceed"
                    + " the tenant's limits at " + vendor + ". No request was sent to " + vendor + ". Retry in a few"
                    + " seconds.";
            case STOPPING -> "The call to " + vendor + " was cancelled while it waited for account '" + account
                    + "''s rate budget (the server is stopping). No request was sent.";
            case SPENT -> spent(refusal);
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
}

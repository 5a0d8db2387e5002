package dev.mdmmcp.server.result;

import dev.mdmmcp.server.result.FailureReason.ResultTooLarge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The texts about results and {@code result_max_chars}: the failure of an object too large
 * alone, and the {@code note} of a list page shortened to fit. Both name how the call could ask
 * for less ({@link Narrowing}).
 */
final class ResultSizeTexts {

    private ResultSizeTexts() {
    }

    static String tooLarge(ResultTooLarge tooLarge) {
        Narrowing narrowing = tooLarge.narrowing();
        String what = tooLarge.listItem()
                ? "The next item of " + narrowing.tool() + " alone would make a result of " + tooLarge.size() + " characters"
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
        return what + ", more than the " + tooLarge.maxChars() + " characters this server returns in one result"
                + " (result_max_chars), so " + (tooLarge.listItem() ? "nothing was" : "it was not")
                + " returned: a longer result would be cut off." + advice;
    }

    static String shortenedPage(int kept, int total, int maxChars, Narrowing narrowing) {
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

package dev.mdmmcp.spelling;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the valid choices closest to a misspelt one, for "closest: ..." hints in problems. */
public final class Suggestions {

    private static final int DEFAULT_LIMIT = 3;

    private Suggestions() {
    }

    /**
     * The (up to three) candidates nearest to {@code input}, nearest first, ties alphabetical.
     * Candidates that contain the input (a path missing its tail) come before the rest.
     */
    public static List<String> closest(String input, Collection<String> candidates) {
        return closest(input, candidates, DEFAULT_LIMIT);
    }

    public static List<String> closest(String input, Collection<String> candidates, int limit) {
        String needle = input == null ? "" : input.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .distinct()
                .sorted(Comparator.<String>comparingInt(c -> needle.isEmpty() || !c.toLowerCase(Locale.ROOT).contains(needle) ? 1 : 0)
                        .thenComparingInt(c -> distance(needle, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** {@code "; closest: a, b, c"}, or an empty string when there is no candidate. */
    public static String closestHint(String input, Collection<String> candidates) {
        List<String> closest = closest(input, candidates);
        return closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest);
    }

    /** Levenshtein distance: the fewest single-character edits turning {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

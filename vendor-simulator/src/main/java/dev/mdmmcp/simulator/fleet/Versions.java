package dev.mdmmcp.simulator.fleet;

/**
 * Compares dotted version numbers part by part as numbers, so 4.9.1 is older than 4.28.0
 * (which a plain string comparison gets wrong).
 */
public final class Versions {

    private Versions() {
    }

    public static int compare(String a, String b) {
        String[] left = a.split("[.\\s()]+");
        String[] right = b.split("[.\\s()]+");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long x = i < left.length ? number(left[i]) : 0;
            long y = i < right.length ? number(right[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    public static boolean isOlder(String version, String than) {
        return compare(version, than) < 0;
    }

    private static long number(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end)) && end < 18) {
            end++;
        }
        return end == 0 ? 0 : Long.parseLong(part.substring(0, end));
    }
}

package dev.mdmmcp.simulator.fleet;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Values derived from the seed and a name instead of drawn in sequence: stable per (seed, parts)
 * whatever else the fleet holds, so per-device details need not be stored.
 */
public final class Derived {

    private Derived() {
    }

    public static long hash(long seed, Object... parts) {
        long hash = seed ^ 0x9E3779B97F4A7C15L;
        for (Object part : parts) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ b) * 0x100000001B3L;
            }
            hash = mix(hash + 0x9E3779B97F4A7C15L);
        }
        return mix(hash);
    }

    /** A number in [0, 1). */
    public static double fraction(long seed, Object... parts) {
        return (hash(seed, parts) >>> 11) * 0x1.0p-53;
    }

    public static String uuid(long seed, Object... parts) {
        long most = (hash(seed, parts) & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (hash(seed ^ 0x5DEECE66DL, parts) & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

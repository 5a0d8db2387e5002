package dev.mdmmcp.simulator.fleet;

import java.time.Instant;

/** ULIDs (26 characters, Crockford base32): ids that sort like the time they were made. */
public final class Ulid {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Ulid() {
    }

    public static String of(Instant at, long randomHigh, long randomLow) {
        char[] text = new char[26];
        long time = at.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            text[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits: 16 from the high word, 64 from the low word.
        long high = randomHigh & 0xFFFF;
        long low = randomLow;
        for (int i = 25; i >= 10; i--) {
            text[i] = ALPHABET[(int) (low & 31)];
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return new String(text);
    }
}

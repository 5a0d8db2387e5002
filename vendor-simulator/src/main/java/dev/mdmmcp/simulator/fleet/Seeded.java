package dev.mdmmcp.simulator.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The one source of randomness of a fleet: every choice a generator makes goes through it, in a
 * fixed order, so the same seed gives the same fleet.
 */
public final class Seeded {

    private final Random random;

    public Seeded(long seed) {
        this.random = new Random(seed);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public double fraction() {
        return random.nextDouble();
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A value chosen with the given relative weights (same order as {@code values}). */
    public <T> T pick(List<T> values, double... weights) {
        if (weights.length != values.size()) {
            throw new IllegalArgumentException(values.size() + " values but " + weights.length + " weights");
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    /** A random (version 4 shaped) UUID drawn from the seed. */
    public String uuid() {
        long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** Upper-case letters and digits, as in serial numbers. */
    public String alphanumeric(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    public String hex(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return text.toString();
    }

    /** An instant between {@code from} and {@code to}, to the millisecond. */
    public Instant between(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toMillis());
        return from.plusMillis((long) (random.nextDouble() * span));
    }

    /** An instant up to {@code maxAgo} before {@code reference}. */
    public Instant before(Instant reference, Duration maxAgo) {
        return reference.minusMillis((long) (random.nextDouble() * maxAgo.toMillis()));
    }
}

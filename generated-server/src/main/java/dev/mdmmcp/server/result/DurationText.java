package dev.mdmmcp.server.result;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as messages for the model write them: {@code 2 s}, {@code 0.5 s}. */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}

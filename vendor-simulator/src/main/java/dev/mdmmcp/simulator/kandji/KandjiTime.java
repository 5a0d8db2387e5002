package dev.mdmmcp.simulator.kandji;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The several timestamp formats Kandji's endpoints use, side by side as the real API has them. */
final class KandjiTime {

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_MICROS_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACED_LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private KandjiTime() {
    }

    /** {@code 2024-05-20T08:14:51.402115Z}: check-ins, activity, commands. */
    static String iso(Instant instant) {
        return format(ISO_MICROS, instant);
    }

    /** {@code 2024-05-20T08:14:51.402115+00:00}: fleet inventory rows. */
    static String prism(Instant instant) {
        return format(ISO_MICROS_OFFSET, instant);
    }

    /** {@code 2023-06-02 14:11:05.120311+00:00}: enrollment dates. */
    static String spaced(Instant instant) {
        return format(SPACED, instant);
    }

    /** {@code 2024-05-18T10:00:00.000000}: EDR detections. */
    static String local(Instant instant) {
        return format(LOCAL_MICROS, instant);
    }

    /** {@code 2024-05-20 08:15:00.000000}: vulnerability dates. */
    static String spacedLocal(Instant instant) {
        return format(SPACED_LOCAL, instant);
    }

    /** {@code 2024-02-12T10:01:00Z}: app and library item dates. */
    static String seconds(Instant instant) {
        return format(SECONDS, instant);
    }

    /** Absent times stay absent ({@code null} in the JSON). */
    private static String format(DateTimeFormatter format, Instant instant) {
        return instant == null ? null : format.format(instant);
    }
}

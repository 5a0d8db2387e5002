package dev.mdmmcp.server.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log line per record, {@code 2026-12-06T15:43:23.123 INFO logger.name: message} (local time,
 * milliseconds), then the stack trace of a thrown exception on the lines after it; with every
 * control character of the record's text escaped: CR, LF, tab and the rest become {@code \r},
 * {@code \n}, {@code \t} or {@code \}{@code uXXXX} (so do the Unicode line and paragraph
 * separators). Whoever writes the line (our code, the MCP SDK, Helidon) and whatever a request
 * put into it, one record is one line of the log; a stack trace keeps its own line structure,
 * with the exceptions' messages escaped. The line is appended by hand: {@code SimpleFormatter}'s
 * {@code String.format} cost more than the rest of a tool call's log line.
 */
public final class EscapingFormatter extends Formatter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /**
     * Loaded with the formatter, not with the first exception: that may be logged by a listener
     * out of file descriptors, when no class file can be opened any more.
     */
    private static final Class<?> ESCAPED_THROWABLE = EscapedThrowable.class;

    private final ZoneId zone;

    public EscapingFormatter() {
        this(ZoneId.systemDefault());
    }

    EscapingFormatter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String format(LogRecord record) {
        String message = formatMessage(record);
        StringBuilder line = new StringBuilder(message.length() + 80);
        appendTime(line, record.getInstant());
        line.append(' ').append(record.getLevel().getLocalizedName()).append(' ');
        appendEscaped(line, String.valueOf(record.getLoggerName()));
        line.append(": ");
        appendEscaped(line, message);
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter writer = new PrintWriter(trace)) {
                writer.println();
                EscapedThrowable.of(record.getThrown()).printStackTrace(writer);
            }
            line.append(trace);
        }
        return line.append(System.lineSeparator()).toString();
    }

    /** {@code text} with its control characters escaped; other characters unchanged. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                appendEscaped(out, text);
                return out.toString();
            }
        }
        return text;
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                        .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
            }
        }
    }

    private void appendTime(StringBuilder out, Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, zone);
        out.append(time.getYear()).append('-');
        appendTwoDigits(out, time.getMonthValue());
        out.append('-');
        appendTwoDigits(out, time.getDayOfMonth());
        out.append('T');
        appendTwoDigits(out, time.getHour());
        out.append(':');
        appendTwoDigits(out, time.getMinute());
        out.append(':');
        appendTwoDigits(out, time.getSecond());
        out.append('.');
        int millis = time.getNano() / 1_000_000;
        out.append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10));
    }

    private static void appendTwoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** An exception as a stack trace prints it, its own and its causes' messages escaped. */
    private static final class EscapedThrowable extends Throwable {

        private final String description;

        private EscapedThrowable(Throwable original, EscapedThrowable cause) {
            super(null, cause, true, true);
            this.description = escape(original.toString());
            setStackTrace(original.getStackTrace());
        }

        static EscapedThrowable of(Throwable original) {
            Throwable cause = original.getCause();
            EscapedThrowable escaped = new EscapedThrowable(original, cause == null || cause == original ? null : of(cause));
            for (Throwable suppressed : original.getSuppressed()) {
                escaped.addSuppressed(of(suppressed));
            }
            return escaped;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}

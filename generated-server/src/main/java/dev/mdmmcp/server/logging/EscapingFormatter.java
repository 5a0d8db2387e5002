package dev.mdmmcp.server.logging;

import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * The format of {@code java.util.logging.SimpleFormatter.format}, with every control character
 * of a record's text escaped: CR, LF, tab and the rest become {@code \r}, {@code \n}, {@code \t}
 * or {@code \}{@code uXXXX} (so do the Unicode line and paragraph separators). Whoever writes the
 * line (our code, the MCP SDK, Helidon) and whatever a request put into it, one record is one
 * line of the log; a stack trace keeps its own line structure, with the exceptions' messages
 * escaped.
 */
public final class EscapingFormatter extends SimpleFormatter {

    @Override
    public String format(LogRecord record) {
        LogRecord escaped = new LogRecord(record.getLevel(), escape(formatMessage(record)));
        escaped.setInstant(record.getInstant());
        escaped.setLoggerName(record.getLoggerName() == null ? null : escape(record.getLoggerName()));
        escaped.setSourceClassName(record.getSourceClassName() == null ? null : escape(record.getSourceClassName()));
        escaped.setSourceMethodName(record.getSourceMethodName() == null ? null : escape(record.getSourceMethodName()));
        escaped.setSequenceNumber(record.getSequenceNumber());
        escaped.setLongThreadID(record.getLongThreadID());
        escaped.setThrown(record.getThrown() == null ? null : EscapedThrowable.of(record.getThrown()));
        return super.format(escaped);
    }

    /** {@code text} with its control characters escaped; other characters unchanged. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c)
                        : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** An exception as a stack trace prints it, its own and its causes' messages escaped. */
    private static final class EscapedThrowable extends Throwable {

        private final String description;

        private EscapedThrowable(Throwable original) {
            super(null, null, true, true);
            this.description = escape(original.toString());
            setStackTrace(original.getStackTrace());
        }

        static EscapedThrowable of(Throwable original) {
            EscapedThrowable escaped = new EscapedThrowable(original);
            if (original.getCause() != null && original.getCause() != original) {
                escaped.initCause(of(original.getCause()));
            }
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

package dev.mdmmcp.server.binding;

/**
 * Text made safe to put into a message or a log line: control characters become a backslash,
 * {@code u} and four hex digits, so a value with a line break can never pass for another line.
 */
public final class PrintableText {

    /** No message quotes more than this many characters of a value. */
    public static final int MAX_LENGTH = 2048;

    private PrintableText() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH).forEach(c -> out.append(isControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }

    /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
    public static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || codePoint == 0x2028 || codePoint == 0x2029;
    }
}

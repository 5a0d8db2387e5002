package dev.mdmmcp.server.oauth;

/**
 * Text from outside (a client's name, a person's e-mail) made safe for one log line: control
 * characters become {@code \\uXXXX}, so no value can start a line that looks like another.
 */
final class LogText {

    private static final int MAX_LENGTH = 200;

    private LogText() {
    }

    static String of(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().limit(MAX_LENGTH).forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                safe.append(String.format("\\u%04x", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}

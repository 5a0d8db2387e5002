package dev.mdmmcp.server.upstream;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes every UTF-8 byte outside the RFC 3986 unreserved set ({@code A-Z a-z 0-9 - . _ ~}).
 * Encoding this much means a value can never add a path segment ({@code /}), start a query
 * ({@code ?}) or fragment ({@code #}), or end a query parameter ({@code &}, {@code =}).
 */
public final class PercentEncoder {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoder() {
    }

    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}

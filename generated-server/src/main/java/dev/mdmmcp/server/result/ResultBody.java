package dev.mdmmcp.server.result;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A successful result's content, written once: the {@code structuredContent} tree and its compact
 * JSON, which is also the result's one text content.
 *
 * @param structured the {@code structuredContent}
 * @param text {@code structured} as compact JSON
 */
public record ResultBody(ObjectNode structured, String text) {

    /**
     * The characters a client receives of the result: its text content plus its
     * {@code structuredContent} written as compact JSON, which is the same text again. Characters
     * are counted as Java and JavaScript count them (UTF-16 units); {@code _meta} (the rate budget,
     * a few hundred characters) is not counted.
     */
    public long size() {
        return sizeOf(text.length());
    }

    static long sizeOf(long textLength) {
        return 2 * textLength;
    }
}

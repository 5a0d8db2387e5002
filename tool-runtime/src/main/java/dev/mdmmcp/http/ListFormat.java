package dev.mdmmcp.http;

/** How a list value is written into a query parameter. */
public enum ListFormat {
    /** {@code ?id=a&id=b} (OpenAPI {@code form}, {@code explode: true}). */
    REPEATED,
    /** {@code ?id=a,b} (OpenAPI {@code form}, {@code explode: false}). */
    COMMA_SEPARATED
}

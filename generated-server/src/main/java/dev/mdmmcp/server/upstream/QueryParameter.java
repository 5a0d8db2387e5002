package dev.mdmmcp.server.upstream;

/** One {@code name=value} pair of a query string, not yet encoded. */
public record QueryParameter(String name, String value) {
}

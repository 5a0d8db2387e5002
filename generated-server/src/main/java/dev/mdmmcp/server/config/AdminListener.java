package dev.mdmmcp.server.config;

import java.util.OptionalInt;

/**
 * Where the admin API and {@code /observe/*} are served: on the MCP listener, or on a listener
 * of their own ({@code admin_port}, {@code admin_host}), so that only MCP faces the internet.
 * Bound beyond loopback without {@code admin_port}, the server keeps them on
 * {@code 127.0.0.1:}{@value #DEFAULT_SEPARATE_PORT}; {@code admin_port: shared} keeps them on the
 * MCP listener anyway (for a proxy that filters paths).
 *
 * @param port the admin listener's port ({@code 0}: any free one); empty: the MCP listener serves them
 * @param host the admin listener's address
 */
public record AdminListener(OptionalInt port, String host) {

    public static final int DEFAULT_SEPARATE_PORT = 8081;
    public static final String DEFAULT_HOST = "127.0.0.1";

    public boolean separate() {
        return port.isPresent();
    }
}

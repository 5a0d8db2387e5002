package dev.mdmmcp.server.call;

/**
 * Who is calling, for the per-call log line.
 *
 * @param requestId a short id of the HTTP request, also useful to match client reports to logs
 * @param serverName the configured server the URL token belongs to
 */
public record CallScope(String requestId, String serverName) {
}

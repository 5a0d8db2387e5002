package dev.mdmmcp.server.call;

import java.util.Optional;

/**
 * Who is calling, for the per-call log line and the call history.
 *
 * @param requestId a short id of the HTTP request, also useful to match client reports to logs
 * @param serverName the server the URL belongs to: a configured server's key, a managed server's id
 * @param storedServer whether the server is a managed one of the store, whose calls are recorded
 * @param caller the signed-in person, on an OAuth server
 */
public record CallScope(String requestId, String serverName, boolean storedServer, Optional<Caller> caller) {

    /** A call of a URL-token server. */
    public CallScope(String requestId, String serverName, boolean storedServer) {
        this(requestId, serverName, storedServer, Optional.empty());
    }

    /** A call of a configured (static) server. */
    public CallScope(String requestId, String serverName) {
        this(requestId, serverName, false);
    }
}

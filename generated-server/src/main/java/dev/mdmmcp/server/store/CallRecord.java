package dev.mdmmcp.server.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One tool call of a managed server, as the call history keeps it. Argument values are never
 * kept: they can hold personal data.
 *
 * @param serverId the managed server called
 * @param requestId the request id of the call's log line
 * @param calledAt when the call started
 * @param tool the tool's name
 * @param methodClass the tool's method class ({@code list}, {@code update}, ...)
 * @param outcome how it ended ({@code ok}, {@code upstream_error}, ...)
 * @param upstreamStatus the vendor's HTTP status, when it answered
 * @param durationMillis how long the call took
 * @param subject the signed-in person's subject at the identity provider (OAuth servers)
 * @param email the signed-in person's e-mail address (OAuth servers)
 */
public record CallRecord(String serverId, String requestId, Instant calledAt, String tool, String methodClass,
        String outcome, Integer upstreamStatus, long durationMillis, Optional<String> subject, Optional<String> email) {

    /** A call of a URL-token server, made by nobody known. */
    public CallRecord(String serverId, String requestId, Instant calledAt, String tool, String methodClass,
            String outcome, Integer upstreamStatus, long durationMillis) {
        this(serverId, requestId, calledAt, tool, methodClass, outcome, upstreamStatus, durationMillis, Optional.empty(),
                Optional.empty());
    }
}

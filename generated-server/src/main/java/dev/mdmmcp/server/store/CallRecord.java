package dev.mdmmcp.server.store;

import java.time.Instant;

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
 */
public record CallRecord(String serverId, String requestId, Instant calledAt, String tool, String methodClass,
        String outcome, Integer upstreamStatus, long durationMillis) {
}

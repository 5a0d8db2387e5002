package dev.mdmmcp.server.store;

import java.time.Instant;

/**
 * How many calls of a managed server were refused with one outcome within one minute, before any
 * request went upstream.
 *
 * @param serverId the managed server called
 * @param minute the start of the minute, UTC
 * @param outcome how they ended ({@code budget_spent}, {@code invalid_arguments}, ...)
 * @param calls how many
 */
public record RefusedCalls(String serverId, Instant minute, String outcome, long calls) {
}

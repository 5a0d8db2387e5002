package dev.mdmmcp.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored managed MCP server.
 *
 * @param id a random UUID
 * @param accountId the integrated account it acts on
 * @param name a label chosen by the administrator
 * @param tokenHash SHA-256 (hex) of its URL token
 * @param methods the method selections it allows ({@code read}, {@code write}, single classes); empty: all
 * @param tags the tags of which a tool must carry one; empty: all
 * @param toolMode how it presents its tools: {@code all} or {@code discovery}
 * @param expiresAt when its URL stops working, if ever
 * @param requireApiTokenAuth whether clients must also send a valid API token
 * @param createdAt when it was created
 */
public record ServerRecord(String id, String accountId, String name, String tokenHash, Optional<List<String>> methods,
        Optional<List<String>> tags, String toolMode, Optional<Instant> expiresAt, boolean requireApiTokenAuth, Instant createdAt) {

    public ServerRecord {
        methods = methods.map(List::copyOf);
        tags = tags.map(List::copyOf);
    }

    /** Whether its URL still works at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return expiresAt.isEmpty() || now.isBefore(expiresAt.get());
    }
}

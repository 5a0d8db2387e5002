package dev.mdmmcp.server.store;

import dev.mdmmcp.server.people.AllowedPeople;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored managed MCP server. A URL-token server is reached at {@code /mcp/<token>}; an OAuth
 * server at the stable {@code /mcp/oauth/<id>}, by people who sign in.
 *
 * @param id a random UUID
 * @param accountId the integrated account it acts on
 * @param name a label chosen by the administrator
 * @param tokenHash SHA-256 (hex) of its URL token; empty for an OAuth server
 * @param methods the method selections it allows ({@code read}, {@code write}, single classes); empty: all
 * @param tags the tags of which a tool must carry one; empty: all
 * @param toolMode how it presents its tools: {@code all} or {@code discovery}
 * @param expiresAt when its URL stops working, if ever
 * @param requireApiTokenAuth whether clients must also send a valid API token
 * @param createdAt when it was created
 * @param allowedPeople present for an OAuth server: who may sign in to it
 */
public record ServerRecord(String id, String accountId, String name, Optional<String> tokenHash,
        Optional<List<String>> methods, Optional<List<String>> tags, String toolMode, Optional<Instant> expiresAt,
        boolean requireApiTokenAuth, Instant createdAt, Optional<AllowedPeople> allowedPeople) {

    public ServerRecord {
        methods = methods.map(List::copyOf);
        tags = tags.map(List::copyOf);
        if (tokenHash.isPresent() == allowedPeople.isPresent()) {
            throw new IllegalArgumentException("a server has either a URL token or allowed people (OAuth), not both");
        }
    }

    /** A URL-token server. */
    public ServerRecord(String id, String accountId, String name, String tokenHash, Optional<List<String>> methods,
            Optional<List<String>> tags, String toolMode, Optional<Instant> expiresAt, boolean requireApiTokenAuth,
            Instant createdAt) {
        this(id, accountId, name, Optional.of(tokenHash), methods, tags, toolMode, expiresAt, requireApiTokenAuth, createdAt,
                Optional.empty());
    }

    /** Whether people sign in to it with OAuth instead of using a secret URL. */
    public boolean isOAuth() {
        return allowedPeople.isPresent();
    }

    /** Whether its URL still works at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return expiresAt.isEmpty() || now.isBefore(expiresAt.get());
    }
}

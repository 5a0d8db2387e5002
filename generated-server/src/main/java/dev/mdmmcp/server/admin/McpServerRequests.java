package dev.mdmmcp.server.admin;

import dev.mdmmcp.server.access.MethodSelection;
import dev.mdmmcp.server.access.ToolFilter;
import dev.mdmmcp.server.catalog.VendorCatalog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks the body of {@code POST /integrated-account/{id}/mcp}: a name, method and tag
 * filters that exist for the account's integration and select at least one tool, an expiry in
 * the future, and whether an API token is required.
 */
final class McpServerRequests {

    private static final List<String> FIELDS = List.of("name", "config", "expires_at", "require_api_token_auth");
    private static final List<String> CONFIG_FIELDS = List.of("methods", "tags");
    /** The latest expiry taken: four-digit years, which every store and client reads alike. */
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * @param methods method selection words; empty: every method
     * @param tags tags; empty: every tag
     */
    record NewServer(String name, Optional<List<String>> methods, Optional<List<String>> tags,
            Optional<Instant> expiresAt, boolean requireApiTokenAuth) {
    }

    NewServer parse(JsonFields body, VendorCatalog catalog, Instant now) {
        body.allowOnly(FIELDS);
        String name = body.requiredText("name", AccountRequests.MAX_NAME_LENGTH);
        Optional<List<String>> methods = Optional.empty();
        Optional<List<String>> tags = Optional.empty();
        Optional<JsonFields> config = body.object("config");
        if (config.isPresent()) {
            config.get().allowOnly(CONFIG_FIELDS);
            methods = methods(config.get());
            tags = tags(config.get(), catalog);
        }
        ToolFilter filter = ToolFilter.of(methods, tags);
        if (catalog.tools().stream().noneMatch(tool -> filter.admits(tool.descriptor()))) {
            throw AdminProblem.invalid("config", "config selects no tool of " + catalog.vendorId()
                    + ": no tool has one of these methods and one of these tags; widen methods or tags");
        }
        Optional<Instant> expiresAt = expiresAt(body, now);
        boolean requireApiTokenAuth = body.bool("require_api_token_auth").orElse(false);
        return new NewServer(name, methods, tags, expiresAt, requireApiTokenAuth);
    }

    private static Optional<List<String>> methods(JsonFields config) {
        Optional<List<String>> words = config.strings("methods", "which would offer no tool: leave it out to offer every method");
        words.ifPresent(list -> list.forEach(word -> {
            if (MethodSelection.parse(word).isEmpty()) {
                throw AdminProblem.invalid(config.path("methods"), config.path("methods") + " has '" + word
                        + "', which is no method selection; valid: " + String.join(", ", MethodSelection.validWords()));
            }
        }));
        return words;
    }

    private static Optional<List<String>> tags(JsonFields config, VendorCatalog catalog) {
        Optional<List<String>> tags = config.strings("tags", "which would offer no tool: leave it out to offer every tag");
        Set<String> known = catalog.tags();
        tags.ifPresent(list -> list.forEach(tag -> {
            if (!known.contains(tag)) {
                throw AdminProblem.invalid(config.path("tags"), config.path("tags") + " has '" + tag
                        + "', which no tool of " + catalog.vendorId() + " carries; valid: " + String.join(", ", known));
            }
        }));
        return tags;
    }

    private static Optional<Instant> expiresAt(JsonFields body, Instant now) {
        Optional<String> text = body.string("expires_at");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(text.get().trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw AdminProblem.invalid("expires_at", "expires_at must be an ISO-8601 date-time with an offset,"
                    + " like 2026-12-31T23:59:00Z; got '" + JsonFields.printable(text.get()) + "'");
        }
        if (expiresAt.isAfter(LATEST_EXPIRY)) {
            throw AdminProblem.invalid("expires_at", "expires_at must be no later than " + LATEST_EXPIRY
                    + "; leave it out for a server that does not expire");
        }
        if (!expiresAt.isAfter(now)) {
            throw AdminProblem.invalid("expires_at", "expires_at " + expiresAt + " is in the past: it must be later than "
                    + now);
        }
        return Optional.of(expiresAt);
    }
}

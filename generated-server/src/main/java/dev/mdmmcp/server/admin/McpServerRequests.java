package dev.mdmmcp.server.admin;

import dev.mdmmcp.server.filter.MethodSelection;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.people.AllowedPeople;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the body of {@code POST /integrated-account/{id}/mcp}: a name, method and tag
 * filters that exist for the account's integration and select at least one tool, an expiry in
 * the future, and whether an API token is required.
 */
final class McpServerRequests {

    private static final List<String> FIELDS =
            List.of("name", "config", "expires_at", "require_api_token_auth", "auth", "allowed");
    private static final List<String> ALLOWED_FIELDS = List.of("emails", "domains", "groups");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final String URL_AUTH = "url";
    private static final String OAUTH = "oauth";
    private static final List<String> CONFIG_FIELDS = List.of("methods", "tags", "tool_mode");
    /** The latest expiry taken: four-digit years, which every store and client reads alike. */
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * @param methods method selection words; empty: every method
     * @param tags tags; empty: every tag
     * @param toolMode how the server presents its tools
     * @param allowedPeople present for an OAuth server ({@code "auth": "oauth"}): who may sign in
     */
    record NewServer(String name, Optional<List<String>> methods, Optional<List<String>> tags, ToolMode toolMode,
            Optional<Instant> expiresAt, boolean requireApiTokenAuth, Optional<AllowedPeople> allowedPeople) {
    }

    NewServer parse(JsonFields body, VendorCatalog catalog, Instant now) {
        body.allowOnly(FIELDS);
        String name = body.requiredText("name", AccountRequests.MAX_NAME_LENGTH);
        Optional<List<String>> methods = Optional.empty();
        Optional<List<String>> tags = Optional.empty();
        ToolMode toolMode = ToolMode.ALL;
        Optional<JsonFields> config = body.object("config");
        if (config.isPresent()) {
            config.get().allowOnly(CONFIG_FIELDS);
            methods = methods(config.get());
            tags = tags(config.get(), catalog);
            toolMode = toolMode(config.get());
        }
        ToolFilter filter = ToolFilter.of(methods, tags);
        if (catalog.tools().stream().noneMatch(tool -> filter.admits(tool.descriptor()))) {
            throw AdminProblem.invalid("config", "config selects no tool of " + catalog.vendorId()
                    + ": no tool has one of these methods and one of these tags; widen methods or tags");
        }
        Optional<Instant> expiresAt = expiresAt(body, now);
        boolean requireApiTokenAuth = body.bool("require_api_token_auth").orElse(false);
        Optional<AllowedPeople> allowedPeople = allowedPeople(body);
        if (allowedPeople.isPresent() && requireApiTokenAuth) {
            throw AdminProblem.invalid("require_api_token_auth", "require_api_token_auth is for URL-token servers: an"
                    + " OAuth server already needs a person's access token on every request");
        }
        return new NewServer(name, methods, tags, toolMode, expiresAt, requireApiTokenAuth, allowedPeople);
    }

    /** Present for {@code "auth": "oauth"}, which needs {@code allowed} with at least one entry. */
    private static Optional<AllowedPeople> allowedPeople(JsonFields body) {
        String auth = body.string("auth").map(String::strip).orElse(URL_AUTH);
        if (auth.equals(URL_AUTH)) {
            if (body.has("allowed")) {
                throw AdminProblem.invalid("allowed", "allowed is for OAuth servers: add \"auth\": \"oauth\"");
            }
            return Optional.empty();
        }
        if (!auth.equals(OAUTH)) {
            throw AdminProblem.invalid("auth", "auth must be \"url\" (a secret URL, the default) or \"oauth\" (people"
                    + " sign in with the identity provider); got '" + auth + "'");
        }
        JsonFields allowed = body.object("allowed").orElseThrow(() -> AdminProblem.invalid("allowed", "an OAuth server"
                + " needs allowed: {\"emails\": [...], \"domains\": [...], \"groups\": [...]}, who may sign in to it"));
        allowed.allowOnly(ALLOWED_FIELDS);
        String empty = "which would allow nobody: leave it out";
        List<String> emails = allowed.strings("emails", empty).orElse(List.of());
        emails.forEach(email -> {
            if (!EMAIL.matcher(email.strip()).matches()) {
                throw AdminProblem.invalid(allowed.path("emails"), allowed.path("emails") + " has '" + email
                        + "', which is no e-mail address");
            }
        });
        List<String> domains = allowed.strings("domains", empty).orElse(List.of());
        domains.forEach(domain -> {
            if (!DOMAIN.matcher(domain.strip()).matches()) {
                throw AdminProblem.invalid(allowed.path("domains"), allowed.path("domains") + " has '" + domain
                        + "', which is no domain name (like example.com, without @)");
            }
        });
        List<String> groups = allowed.strings("groups", empty).orElse(List.of());
        AllowedPeople people = new AllowedPeople(emails, domains, groups);
        if (people.isEmpty()) {
            throw AdminProblem.invalid("allowed", "allowed must name at least one of emails, domains or groups");
        }
        return Optional.of(people);
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

    private static ToolMode toolMode(JsonFields config) {
        return config.string("tool_mode").map(word -> ToolMode.parse(word).orElseThrow(() -> AdminProblem.invalid(
                config.path("tool_mode"), config.path("tool_mode") + " is '" + word + "', which is no tool mode; valid: "
                        + String.join(", ", ToolMode.validWords())))).orElse(ToolMode.ALL);
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

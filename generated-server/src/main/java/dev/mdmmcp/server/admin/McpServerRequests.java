package dev.mdmmcp.server.admin;

import dev.mdmmcp.server.binding.PrintableText;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.filter.MethodSelection;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
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
 * the future, and whether an API token is required. Every problem of a body is found before it
 * is refused.
 */
final class McpServerRequests {

    private static final List<String> FIELDS =
            List.of("name", "config", "expires_at", "require_api_token_auth", "auth", "allowed");
    private static final List<String> ALLOWED_FIELDS = List.of("emails", "domains", "groups");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final String URL_AUTH = "url";
    private static final String OAUTH = "oauth";
    private static final String KNOWN_FIELD = "a known field";
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

    /** @throws AdminProblem listing every problem of the body */
    NewServer parse(StrictNode body, VendorCatalog catalog, Instant now) {
        body.rejectUnknownKeys(FIELDS, KNOWN_FIELD);
        Optional<String> name = body.requiredSingleLine("name", AccountRequests.MAX_NAME_LENGTH);
        Optional<List<String>> methods = Optional.empty();
        Optional<List<String>> tags = Optional.empty();
        ToolMode toolMode = ToolMode.ALL;
        Optional<StrictNode> config = body.object("config");
        if (config.isPresent()) {
            int problemsBefore = body.input().problems().size();
            config.get().rejectUnknownKeys(CONFIG_FIELDS, KNOWN_FIELD);
            methods = methods(config.get());
            tags = tags(config.get(), catalog);
            toolMode = toolMode(config.get());
            boolean filterValid = body.input().problems().size() == problemsBefore;
            if (filterValid && selectsNoTool(ToolFilter.of(methods, tags), catalog)) {
                config.get().refuse("selects no tool of " + catalog.vendorId()
                        + ": no tool has one of these methods and one of these tags; widen methods or tags");
            }
        }
        Optional<Instant> expiresAt = expiresAt(body, now);
        boolean requireApiTokenAuth = body.bool("require_api_token_auth").orElse(false);
        Optional<AllowedPeople> allowedPeople = allowedPeople(body);
        if (allowedPeople.isPresent() && requireApiTokenAuth) {
            body.refuse("require_api_token_auth", "is for URL-token servers: an OAuth server already needs a person's"
                    + " access token on every request");
        }
        AdminProblem.throwIfAny(body.input());
        return new NewServer(name.orElseThrow(), methods, tags, toolMode, expiresAt, requireApiTokenAuth, allowedPeople);
    }

    private static boolean selectsNoTool(ToolFilter filter, VendorCatalog catalog) {
        return catalog.tools().stream().noneMatch(tool -> filter.admits(tool.descriptor()));
    }

    /** Present for {@code "auth": "oauth"}, which needs {@code allowed} with at least one entry. */
    private static Optional<AllowedPeople> allowedPeople(StrictNode body) {
        String auth = body.text("auth").map(String::strip).orElse(URL_AUTH);
        if (auth.equals(URL_AUTH)) {
            if (body.has("allowed")) {
                body.refuse("allowed", "is for OAuth servers: add \"auth\": \"oauth\"");
            }
            return Optional.empty();
        }
        if (!auth.equals(OAUTH)) {
            body.refuse("auth", "must be \"url\" (a secret URL, the default) or \"oauth\" (people sign in with the"
                    + " identity provider); got '" + auth + "'");
            return Optional.empty();
        }
        if (!body.has("allowed")) {
            body.refuseSentence("allowed", "an OAuth server needs allowed: {\"emails\": [...], \"domains\": [...],"
                    + " \"groups\": [...]}, who may sign in to it");
            return Optional.empty();
        }
        return body.object("allowed").flatMap(McpServerRequests::allowed);
    }

    private static Optional<AllowedPeople> allowed(StrictNode allowed) {
        int problemsBefore = allowed.input().problems().size();
        allowed.rejectUnknownKeys(ALLOWED_FIELDS, KNOWN_FIELD);
        String empty = "which would allow nobody: leave it out";
        List<String> emails = nonEmpty(allowed, "emails", empty);
        emails.stream().filter(email -> !EMAIL.matcher(email.strip()).matches()).forEach(email -> allowed.refuse("emails",
                "has '" + email + "', which is no e-mail address"));
        List<String> domains = nonEmpty(allowed, "domains", empty);
        domains.stream().filter(domain -> !DOMAIN.matcher(domain.strip()).matches()).forEach(domain -> allowed.refuse(
                "domains", "has '" + domain + "', which is no domain name (like example.com, without @)"));
        List<String> groups = nonEmpty(allowed, "groups", empty);
        AllowedPeople people = new AllowedPeople(emails, domains, groups);
        if (people.isEmpty() && allowed.input().problems().size() == problemsBefore) {
            allowed.refuse("must name at least one of emails, domains or groups");
        }
        return allowed.input().problems().size() == problemsBefore ? Optional.of(people) : Optional.empty();
    }

    /** The list at {@code key}; one that is there but empty is refused ({@code whyNotEmpty}). */
    private static List<String> nonEmpty(StrictNode node, String key, String whyNotEmpty) {
        Optional<List<String>> items = node.list(key);
        if (items.isPresent() && items.get().isEmpty()) {
            node.refuse(key, "is empty, " + whyNotEmpty);
        }
        return items.orElse(List.of());
    }

    private static Optional<List<String>> methods(StrictNode config) {
        if (!config.has("methods")) {
            return Optional.empty();
        }
        List<String> words = nonEmpty(config, "methods", "which would offer no tool: leave it out to offer every method");
        words.stream().filter(word -> MethodSelection.parse(word).isEmpty()).forEach(word -> config.refuse("methods",
                "has '" + word + "', which is no method selection; valid: " + String.join(", ", MethodSelection.validWords())));
        return Optional.of(words);
    }

    private static ToolMode toolMode(StrictNode config) {
        return config.text("tool_mode").flatMap(word -> {
            Optional<ToolMode> mode = ToolMode.parse(word);
            if (mode.isEmpty()) {
                config.refuse("tool_mode", "is '" + word + "', which is no tool mode; valid: "
                        + String.join(", ", ToolMode.validWords()));
            }
            return mode;
        }).orElse(ToolMode.ALL);
    }

    private static Optional<List<String>> tags(StrictNode config, VendorCatalog catalog) {
        if (!config.has("tags")) {
            return Optional.empty();
        }
        List<String> tags = nonEmpty(config, "tags", "which would offer no tool: leave it out to offer every tag");
        Set<String> known = catalog.tags();
        tags.stream().filter(tag -> !known.contains(tag)).forEach(tag -> config.refuse("tags", "has '" + tag
                + "', which no tool of " + catalog.vendorId() + " carries; valid: " + String.join(", ", known)));
        return Optional.of(tags);
    }

    private static Optional<Instant> expiresAt(StrictNode body, Instant now) {
        return body.text("expires_at").flatMap(text -> {
            Instant expiresAt;
            try {
                expiresAt = OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeParseException e) {
                body.refuse("expires_at", "must be an ISO-8601 date-time with an offset, like 2026-12-31T23:59:00Z; got '"
                        + PrintableText.of(text) + "'");
                return Optional.empty();
            }
            if (expiresAt.isAfter(LATEST_EXPIRY)) {
                body.refuse("expires_at", "must be no later than " + LATEST_EXPIRY
                        + "; leave it out for a server that does not expire");
            } else if (!expiresAt.isAfter(now)) {
                body.refuse("expires_at", expiresAt + " is in the past: it must be later than " + now);
            } else {
                return Optional.of(expiresAt);
            }
            return Optional.empty();
        });
    }
}

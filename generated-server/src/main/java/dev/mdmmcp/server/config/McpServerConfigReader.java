package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.BoundValue;
import dev.mdmmcp.server.binding.Refusal;
import dev.mdmmcp.server.binding.StrictNode;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.filter.MethodSelection;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.people.AllowedPeople;
import dev.mdmmcp.tool.MethodClass;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads and checks {@code servers}: account reference, URL token (or, with auth: oauth, who may sign in) and tool filter. */
final class McpServerConfigReader {

    private static final List<String> KEYS = List.of("account", "token", "methods", "tags", "tool_mode", "auth", "allowed");
    private static final List<String> ALLOWED_KEYS = List.of("emails", "domains", "groups");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,}");

    private final Map<String, Optional<AccountConfig>> accounts;

    /** @param accounts every declared account; empty for one that is wrong (its problems are recorded already) */
    McpServerConfigReader(Map<String, Optional<AccountConfig>> accounts) {
        this.accounts = accounts;
    }

    /** Every server that is right; the problems of the others are recorded. */
    Map<String, McpServerConfig> read(StrictNode root) {
        // No static server is fine: managed servers are created through the admin API.
        Map<String, StrictNode> entries = root.entries("servers");
        DistinctVariables.check(root, "servers", entries.keySet());
        Map<String, McpServerConfig> servers = new LinkedHashMap<>();
        Map<Secret, String> serverByToken = new HashMap<>();
        entries.forEach((name, node) -> readServer(name, node).ifPresent(server -> {
            String other = server.token().map(token -> serverByToken.putIfAbsent(token, name)).orElse(null);
            if (other != null) {
                node.refuse("token", "is the same as servers." + other + ".token: every server needs its own token");
            }
            servers.put(name, server);
        }));
        return servers;
    }

    private Optional<McpServerConfig> readServer(String name, StrictNode node) {
        node.rejectUnknownKeys(KEYS, "a key of a server");
        Optional<AccountConfig> account = node.read(node.required("account"), "account", this::account).flatMap(found -> found);
        Optional<ToolMode> toolMode = toolMode(node);
        String auth = node.scalar("auth").map(value -> value.text().trim()).orElse("url");
        Optional<AllowedPeople> allowed = Optional.empty();
        Optional<Secret> token = Optional.empty();
        switch (auth) {
            case "url" -> {
                if (node.has("allowed")) {
                    node.refuse("allowed", "is for OAuth servers: add auth: oauth");
                }
                token = node.read(node.requiredSecret("token"), "token", McpServerConfigReader::token);
            }
            case "oauth" -> {
                allowed = allowedPeople(node);
                if (node.has("token")) {
                    node.refuse("token", "is for URL-token servers: an OAuth server (auth: oauth) is reached at"
                            + " /mcp/oauth/" + name + " by people who sign in");
                }
            }
            default -> node.refuse("auth", "must be url (a secret URL, the default) or oauth (people sign in with the"
                    + " identity provider), got '" + auth + "'");
        }
        Optional<ToolFilter> filter = account.flatMap(found -> filter(node, found));
        if (account.isEmpty() || filter.isEmpty() || toolMode.isEmpty() || allowed.isEmpty() && token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new McpServerConfig(name, account.get().name(), token, filter.get(), toolMode.get(), allowed));
    }

    /** The account named, empty when it is declared but wrong (its problems are recorded). */
    private Optional<AccountConfig> account(BoundValue name) {
        Optional<AccountConfig> account = accounts.get(name.text());
        if (account == null) {
            throw new Refusal("names " + name.shown() + ", which is not declared under accounts; declared: "
                    + String.join(", ", new TreeSet<>(accounts.keySet())));
        }
        return account;
    }

    private static Secret token(BoundValue token) {
        if (!TOKEN.matcher(token.text()).matches()) {
            throw new Refusal("must be at least 32 characters of A-Z, a-z, 0-9, '-' and '_'"
                    + "; generate one with: openssl rand -base64 33 | tr '+/' '-_'");
        }
        return new Secret(token.text());
    }

    private static Optional<ToolFilter> filter(StrictNode node, AccountConfig account) {
        Optional<Set<MethodClass>> methods = methods(node);
        Optional<Set<String>> tags = tags(node, account.catalog());
        if (methods.isEmpty() || tags.isEmpty()) {
            return Optional.empty();
        }
        ToolFilter filter = new ToolFilter(methods.get(), tags.get());
        if (account.catalog().tools().stream().noneMatch(tool -> filter.admits(tool.descriptor()))) {
            node.refuse("selects no tool of " + account.vendorId() + " with its methods and tags: widen one of them");
            return Optional.empty();
        }
        return Optional.of(filter);
    }

    /** Who may sign in to an OAuth server: at least one person, domain or group; empty when nobody (recorded). */
    private static Optional<AllowedPeople> allowedPeople(StrictNode node) {
        StrictNode allowed = node.child("allowed");
        allowed.rejectUnknownKeys(ALLOWED_KEYS, "a key of allowed");
        AllowedPeople people = new AllowedPeople(allowed.list("emails").orElse(List.of()),
                allowed.list("domains").orElse(List.of()), allowed.list("groups").orElse(List.of()));
        if (people.isEmpty()) {
            node.refuse("allowed", "must name who may sign in: emails, domains and/or groups, like"
                    + " allowed: {domains: [example.com]}");
            return Optional.empty();
        }
        return Optional.of(people);
    }

    private static Optional<ToolMode> toolMode(StrictNode node) {
        if (!node.has("tool_mode")) {
            return Optional.of(ToolMode.ALL);
        }
        return node.read("tool_mode", value -> ToolMode.parse(value.text()).orElseThrow(() -> new Refusal(
                "is " + value.shown() + ", which is no tool mode; valid: " + String.join(", ", ToolMode.validWords()))));
    }

    private static Optional<Set<MethodClass>> methods(StrictNode node) {
        if (!node.has("methods")) {
            return Optional.of(EnumSet.allOf(MethodClass.class));
        }
        Optional<List<String>> words = node.list("methods");
        if (words.isPresent() && words.get().isEmpty()) {
            node.refuse("methods", "is empty, which would offer no tool: leave it out to offer every method");
            return Optional.empty();
        }
        Set<MethodClass> methods = EnumSet.noneOf(MethodClass.class);
        boolean valid = words.isPresent();
        for (String word : words.orElse(List.of())) {
            Optional<Set<MethodClass>> selected = MethodSelection.parse(word);
            selected.ifPresentOrElse(methods::addAll, () -> node.refuse("methods", "has '" + word
                    + "', which is no method selection; valid: " + String.join(", ", MethodSelection.validWords())));
            valid &= selected.isPresent();
        }
        return valid ? Optional.of(methods) : Optional.empty();
    }

    private static Optional<Set<String>> tags(StrictNode node, VendorCatalog catalog) {
        if (!node.has("tags")) {
            return Optional.of(Set.of());
        }
        Optional<List<String>> tags = node.list("tags");
        if (tags.isPresent() && tags.get().isEmpty()) {
            node.refuse("tags", "is empty, which would offer no tool: leave it out to offer every tag");
            return Optional.empty();
        }
        Set<String> known = catalog.tags();
        boolean valid = tags.isPresent();
        for (String tag : tags.orElse(List.of())) {
            if (!known.contains(tag)) {
                node.refuse("tags", "has '" + tag + "', which no tool of " + catalog.vendorId()
                        + " carries; valid: " + String.join(", ", known));
                valid = false;
            }
        }
        return valid ? Optional.of(new LinkedHashSet<>(tags.get())) : Optional.empty();
    }
}

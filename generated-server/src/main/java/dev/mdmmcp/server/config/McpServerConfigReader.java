package dev.mdmmcp.server.config;

import dev.mdmmcp.server.filter.MethodSelection;
import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.catalog.VendorCatalog;
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

    private final Map<String, AccountConfig> accounts;

    McpServerConfigReader(Map<String, AccountConfig> accounts) {
        this.accounts = accounts;
    }

    Map<String, McpServerConfig> read(ConfigNode root) {
        // No static server is fine: managed servers are created through the admin API.
        Map<String, ConfigNode> entries = root.entries("servers");
        DistinctVariables.check(root, "servers", entries.keySet());
        Map<String, McpServerConfig> servers = new LinkedHashMap<>();
        Map<Secret, String> serverByToken = new HashMap<>();
        entries.forEach((name, node) -> {
            McpServerConfig server = readServer(name, node);
            String other = server.token().map(token -> serverByToken.putIfAbsent(token, name)).orElse(null);
            if (other != null) {
                throw node.error("token", "is the same as servers." + other + ".token: every server needs its own token");
            }
            servers.put(name, server);
        });
        return servers;
    }

    private McpServerConfig readServer(String name, ConfigNode node) {
        node.rejectUnknownKeys(KEYS, "a key of a server");
        ConfigValue accountName = node.requiredScalar("account");
        AccountConfig account = accounts.get(accountName.text());
        if (account == null) {
            throw node.error("account", "names '" + accountName.text() + "', which is not declared under accounts; declared: "
                    + String.join(", ", new TreeSet<>(accounts.keySet())));
        }
        Optional<AllowedPeople> allowed = allowedPeople(node);
        if (allowed.isPresent()) {
            if (node.scalar("token").isPresent()) {
                throw node.error("token", "is for URL-token servers: an OAuth server (auth: oauth) is reached at"
                        + " /mcp/oauth/" + name + " by people who sign in");
            }
            ToolFilter filter = filter(node, account);
            return new McpServerConfig(name, account.name(), Optional.empty(), filter, toolMode(node), allowed);
        }
        ConfigValue token = node.requiredScalar("token");
        if (!TOKEN.matcher(token.text()).matches()) {
            // Never echo the value: it is a secret even when malformed.
            throw node.error("token", "must be at least 32 characters of A-Z, a-z, 0-9, '-' and '_'"
                    + (token.origin().equals(node.source()) ? "" : " (from " + token.origin() + ")")
                    + "; generate one with: openssl rand -base64 33 | tr '+/' '-_'");
        }
        return new McpServerConfig(name, account.name(), Optional.of(new Secret(token.text())), filter(node, account),
                toolMode(node), Optional.empty());
    }

    private static ToolFilter filter(ConfigNode node, AccountConfig account) {
        ToolFilter filter = new ToolFilter(methods(node), tags(node, account.catalog()));
        if (account.catalog().tools().stream().noneMatch(tool -> filter.admits(tool.descriptor()))) {
            throw node.error("selects no tool of " + account.vendorId() + " with its methods and tags: widen one of them");
        }
        return filter;
    }

    /** Present for {@code auth: oauth}, which needs {@code allowed} naming at least one person, domain or group. */
    private static Optional<AllowedPeople> allowedPeople(ConfigNode node) {
        String auth = node.scalar("auth").map(value -> value.text().trim()).orElse("url");
        if (auth.equals("url")) {
            if (!node.entries("allowed").isEmpty()) {
                throw node.error("allowed", "is for OAuth servers: add auth: oauth");
            }
            return Optional.empty();
        }
        if (!auth.equals("oauth")) {
            throw node.error("auth", "must be url (a secret URL, the default) or oauth (people sign in with the identity"
                    + " provider), got '" + auth + "'");
        }
        ConfigNode allowed = node.child("allowed");
        allowed.rejectUnknownKeys(ALLOWED_KEYS, "a key of allowed");
        AllowedPeople people = new AllowedPeople(allowed.list("emails").orElse(List.of()),
                allowed.list("domains").orElse(List.of()), allowed.list("groups").orElse(List.of()));
        if (people.isEmpty()) {
            throw node.error("allowed", "must name who may sign in: emails, domains and/or groups, like"
                    + " allowed: {domains: [example.com]}");
        }
        return Optional.of(people);
    }

    private static ToolMode toolMode(ConfigNode node) {
        return node.scalar("tool_mode").map(value -> ToolMode.parse(value.text()).orElseThrow(() -> node.error("tool_mode",
                "is '" + value.text() + "', which is no tool mode; valid: " + String.join(", ", ToolMode.validWords()))))
                .orElse(ToolMode.ALL);
    }

    private static Set<MethodClass> methods(ConfigNode node) {
        List<String> words = node.list("methods").orElse(null);
        if (words == null) {
            return EnumSet.allOf(MethodClass.class);
        }
        if (words.isEmpty()) {
            throw node.error("methods", "is empty, which would offer no tool: leave it out to offer every method");
        }
        Set<MethodClass> methods = EnumSet.noneOf(MethodClass.class);
        for (String word : words) {
            methods.addAll(MethodSelection.parse(word).orElseThrow(() -> node.error("methods",
                    "has '" + word + "', which is no method selection; valid: "
                            + String.join(", ", MethodSelection.validWords()))));
        }
        return methods;
    }

    private static Set<String> tags(ConfigNode node, VendorCatalog catalog) {
        List<String> tags = node.list("tags").orElse(null);
        if (tags == null) {
            return Set.of();
        }
        if (tags.isEmpty()) {
            throw node.error("tags", "is empty, which would offer no tool: leave it out to offer every tag");
        }
        Set<String> known = catalog.tags();
        for (String tag : tags) {
            if (!known.contains(tag)) {
                throw node.error("tags", "has '" + tag + "', which no tool of " + catalog.vendorId()
                        + " carries; valid: " + String.join(", ", known));
            }
        }
        return new LinkedHashSet<>(tags);
    }
}

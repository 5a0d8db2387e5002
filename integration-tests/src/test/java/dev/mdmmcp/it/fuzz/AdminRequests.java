package dev.mdmmcp.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Seeded admin API requests for the admin fuzz test: well-formed creations and changes of
 * accounts and servers, the same with fields dropped, values of the wrong type, odd lengths and
 * characters, repeated keys, odd times and settings, their bytes mutated, and requests to odd
 * paths. The same seed gives the same sequence.
 */
final class AdminRequests {

    /** One request: method, path (with query) and body (null: none). */
    record Request(String method, String path, byte[] body) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> INTEGRATIONS = List.of("kandji", "ninjaone", "jamf", "", "KANDJI");
    private static final List<String> SETTINGS = List.of("rate_limits", "max_concurrency", "timeouts",
            "max_response_bytes", "circuit_breaker");
    private static final List<String> TIMES = List.of("2099-01-01T00:00:00Z", "+99999-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "2001-01-01T00:00:00Z", "tomorrow", "", "2099-13-45T99:00:00Z",
            "-999999999-01-01T00:00:00Z", "2099-01-01T00:00:00+25:00", "1e10");

    private final FuzzRandom random;
    private final List<String> accounts = new ArrayList<>();
    private final List<String[]> servers = new ArrayList<>();

    AdminRequests(long seed) {
        this.random = new FuzzRandom(seed);
    }

    /** An account the server created, for later requests to name. */
    void created(String accountId) {
        accounts.add(accountId);
    }

    void createdServer(String accountId, String serverId) {
        servers.add(new String[] {accountId, serverId});
    }

    Request next() {
        int kind = random.nextInt(100);
        Request request;
        if (kind < 30) {
            request = new Request("POST", "/integrated-account", body(mutated(newAccount())));
        } else if (kind < 45) {
            request = new Request("PATCH", "/integrated-account/" + accountId(), body(mutated(accountChange())));
        } else if (kind < 65) {
            request = new Request("POST", "/integrated-account/" + accountId() + "/mcp", body(mutated(newServer())));
        } else if (kind < 80) {
            request = new Request(random.pick(List.of("GET", "GET", "DELETE", "PUT", "HEAD", "OPTIONS")), oddPath(), null);
        } else {
            request = new Request(random.pick(List.of("POST", "PATCH")), random.pick(List.of("/integrated-account",
                    "/integrated-account/" + accountId(), "/integrated-account/" + accountId() + "/mcp")),
                    mutateBytes(body(mutated(random.nextBoolean() ? newAccount() : newServer()))));
        }
        return request;
    }

    private String accountId() {
        if (accounts.isEmpty() || random.nextInt(10) == 0) {
            return random.pick(List.of("no-such-account", "00000000-0000-0000-0000-000000000000", "%00", "..", "a%2Fb",
                    "x".repeat(300)));
        }
        return random.pick(accounts);
    }

    private String oddPath() {
        if (!servers.isEmpty() && random.nextBoolean()) {
            String[] server = random.pick(servers);
            String base = "/integrated-account/" + server[0] + "/mcp/" + server[1];
            return random.pick(List.of(base, base + "/calls", base + "/calls?limit=" + random.pick(List.of("1", "500", "501", "0", "-1",
                    "abc", "%00", "99999999999999999999")), base + "/other"));
        }
        return random.pick(List.of("/integrated-account", "/integrated-account/" + accountId(),
                "/integrated-account/" + accountId() + "/mcp", "/integrated-account/" + accountId() + "/mcp/x",
                "/integrated-account/%0d%0aforged", "/integrated-account/" + accountId() + "/mcp/%E2%80%A8/calls"));
    }

    private ObjectNode newAccount() {
        String integration = random.pick(List.of("kandji", "kandji", "ninjaone"));
        ObjectNode account = JSON.objectNode().put("integration", integration).put("name", "fuzz " + random.nextInt(1000))
                .put("base_url", integration.equals("kandji") ? "https://acme.api.kandji.io" : "https://eu.ninjarmm.com");
        ObjectNode credentials = account.putObject("credentials");
        if (integration.equals("kandji")) {
            credentials.put("api_token", "token-" + random.nextInt());
        } else {
            credentials.put("client_id", "id-" + random.nextInt()).put("client_secret", "secret-" + random.nextInt());
        }
        if (random.nextInt(3) == 0) {
            account.set(random.pick(SETTINGS), settingValue());
        }
        return account;
    }

    private ObjectNode accountChange() {
        ObjectNode change = JSON.objectNode();
        switch (random.nextInt(4)) {
            case 0 -> change.put("name", "renamed " + random.nextInt(100));
            case 1 -> change.put("base_url", "https://other.api.kandji.io");
            case 2 -> change.putObject("credentials").put("api_token", "rotated-" + random.nextInt());
            default -> change.set(random.pick(SETTINGS), settingValue());
        }
        return change;
    }

    private JsonNode settingValue() {
        return switch (random.nextInt(6)) {
            case 0 -> JSON.objectNode().put("per_second", random.nextInt(100)).put("share", random.pick(List.of("50%", "80", "0%",
                    "101%", "half")));
            case 1 -> JSON.numberNode(random.nextInt(2000) - 10);
            case 2 -> JSON.textNode(String.valueOf(random.nextInt(20)));
            case 3 -> JSON.objectNode().put("read_seconds", random.nextDouble() * 1000).put("connect_seconds", "5");
            case 4 -> JSON.objectNode().put("failures", random.nextInt(5)).put("open_seconds", -1);
            default -> randomValue(2);
        };
    }

    private ObjectNode newServer() {
        ObjectNode server = JSON.objectNode().put("name", "server " + random.nextInt(1000));
        if (random.nextBoolean()) {
            ObjectNode config = server.putObject("config");
            config.set("methods", JSON.arrayNode().add(random.pick(List.of("read", "write", "list", "get", "delete", "bogus"))));
            if (random.nextBoolean()) {
                config.set("tags", JSON.arrayNode().add(random.pick(List.of("devices", "apps", "patches", "nope"))));
            }
        }
        if (random.nextBoolean()) {
            server.put("expires_at", random.pick(TIMES));
        }
        if (random.nextInt(4) == 0) {
            server.put("require_api_token_auth", random.nextBoolean());
        }
        return server;
    }

    /** Zero to three changes: a field dropped, replaced by any value, a long or odd string, a repeated key. */
    private JsonNode mutated(ObjectNode body) {
        JsonNode root = body;
        for (int i = random.nextInt(4) - 1; i >= 0; i--) {
            Optional<ObjectNode> picked = random.pickObject(root);
            if (picked.isEmpty()) {
                break;
            }
            ObjectNode target = picked.get();
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            switch (random.nextInt(8)) {
                case 0 -> {
                    if (!names.isEmpty()) {
                        target.remove(random.pick(names));
                    }
                }
                case 1 -> target.set(names.isEmpty() ? "extra" : random.pick(names), randomValue(3));
                case 2 -> target.put(names.isEmpty() ? "name" : random.pick(names), "x".repeat(random.pick(List.of(199, 200, 201, 2048,
                        2049, 5000, 70_000))));
                case 3 -> target.put(names.isEmpty() ? "name" : random.pick(names), oddText());
                case 4 -> target.set(random.text(6), randomValue(1));
                case 5 -> root = random.pick(List.of(JSON.arrayNode().add(root), JSON.textNode("x"), JSON.nullNode(),
                        JSON.numberNode(1)));
                default -> target.put(names.isEmpty() ? "name" : random.pick(names), random.pick(TIMES));
            }
        }
        return root;
    }

    private byte[] body(JsonNode json) {
        String text = json.toString();
        if (random.nextInt(10) == 0 && text.startsWith("{\"")) {
            // A repeated key, which no JSON tree can hold.
            int end = text.indexOf(',');
            if (end > 0) {
                text = "{" + text.substring(1, end) + "," + text.substring(1);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String oddText() {
        return random.pick(List.of("a\u0000b", "line\nINFO forged log line", "tab\there", "\u2028", "\r\n", " ", "",
                "\uD83D\uDE00 emoji", "\uFFFF", "'; DROP TABLE integrated_account; --", "%s%n", "${jndi:ldap://x}"))
                + random.text(random.nextInt(10));
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    private JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextLong());
            case 3 -> JSON.numberNode(random.nextDouble() * 1e12 - 5e11);
            case 4 -> JSON.textNode(random.text(random.nextInt(30)));
            case 5 -> JSON.numberNode(new BigInteger("9".repeat(40)));
            case 6, 7 -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(random.nextBoolean() ? random.text(4) : random.pick(List.of("name", "api_token", "per_second",
                            "methods", "tags", "share")), randomValue(depth - 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                yield array;
            }
        };
    }

    private byte[] mutateBytes(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        byte[] copy = bytes.clone();
        return switch (random.nextInt(4)) {
            case 0 -> {
                copy[at] = (byte) random.nextInt(256);
                yield copy;
            }
            case 1 -> Arrays.copyOf(bytes, at);
            case 2 -> {
                byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
                longer[bytes.length] = (byte) 0xC3;
                longer[bytes.length + 1] = 0;
                yield longer;
            }
            default -> ("[" + new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        };
    }
}

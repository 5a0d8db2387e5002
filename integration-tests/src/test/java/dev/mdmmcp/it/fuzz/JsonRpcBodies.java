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
import java.util.Map;
import java.util.Optional;

/**
 * Seeded request bodies for the endpoint fuzz test: well-formed MCP requests for the server's
 * real tools, the same with their JSON tree mutated (fields dropped, values of the wrong type,
 * odd ids, unknown methods, batches), the serialized text mutated byte by byte, and plain noise.
 * The same seed gives the same sequence, so a failure is replayed by its seed and case number.
 */
final class JsonRpcBodies {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("initialize", "ping", "tools/list", "tools/call",
            "notifications/initialized", "notifications/cancelled", "resources/list", "prompts/get",
            "logging/setLevel", "completion/complete", "sampling/createMessage", "", "tools/", "TOOLS/LIST",
            "rpc.discover", "tools/call\u0000", "../tools/list");
    private static final List<String> VERSIONS = List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25",
            "1999-01-01", "", "latest");

    private final FuzzRandom random;
    /** Tool name to the names of its input properties, as tools/list told. */
    private final Map<String, List<String>> tools;
    private final List<String> toolNames;

    JsonRpcBodies(long seed, Map<String, List<String>> tools) {
        this.random = new FuzzRandom(seed);
        this.tools = tools;
        this.toolNames = List.copyOf(tools.keySet());
    }

    /** The next body, as bytes (not always valid UTF-8, not always JSON). */
    byte[] next() {
        int kind = random.nextInt(100);
        if (kind < 20) {
            return utf8(wellFormed().toString());
        }
        if (kind < 65) {
            return utf8(mutateTree(wellFormed()).toString());
        }
        if (kind < 85) {
            return mutateBytes(utf8(random.nextBoolean() ? wellFormed().toString() : mutateTree(wellFormed()).toString()));
        }
        if (kind < 95) {
            return utf8(randomValue(4).toString());
        }
        byte[] noise = new byte[random.nextInt(64)];
        random.nextBytes(noise);
        return noise;
    }

    /** A request (or notification) the server should answer normally. */
    ObjectNode wellFormed() {
        ObjectNode message = JSON.objectNode().put("jsonrpc", "2.0");
        switch (random.nextInt(6)) {
            case 0 -> {
                message.put("id", random.nextInt(1000)).put("method", "initialize");
                ObjectNode params = message.putObject("params");
                params.put("protocolVersion", random.pick(VERSIONS));
                params.putObject("capabilities");
                params.putObject("clientInfo").put("name", "fuzz").put("version", "1");
            }
            case 1 -> message.put("id", "p-" + random.nextInt(1000)).put("method", "ping");
            case 2 -> message.put("id", random.nextInt(1000)).put("method", "tools/list");
            case 3 -> message.put("method", random.nextBoolean() ? "notifications/initialized" : "notifications/cancelled");
            default -> {
                message.put("id", random.nextInt(1000)).put("method", "tools/call");
                String tool = random.pick(toolNames);
                ObjectNode params = message.putObject("params").put("name", tool);
                ObjectNode arguments = params.putObject("arguments");
                for (String property : tools.get(tool)) {
                    if (random.nextInt(3) > 0) {
                        arguments.set(property, plausibleValue(property));
                    }
                }
            }
        }
        return message;
    }

    private JsonNode plausibleValue(String property) {
        return switch (random.nextInt(5)) {
            case 0 -> JSON.numberNode(random.nextInt(400) - 50);
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.textNode(property.endsWith("_id") ? Integer.toString(random.nextInt(99999)) : random.text(12));
            case 3 -> JSON.arrayNode().add(random.text(6));
            default -> JSON.textNode("next_cursor".equals(property) ? "v1." + random.text(40) : random.text(3));
        };
    }

    /** One to three structural changes anywhere in the tree. */
    JsonNode mutateTree(ObjectNode message) {
        JsonNode root = message;
        for (int i = random.nextInt(3); i >= 0; i--) {
            root = mutateOnce(root);
        }
        return root;
    }

    private JsonNode mutateOnce(JsonNode root) {
        switch (random.nextInt(10)) {
            case 0 -> {
                return JSON.arrayNode().add(root).add(root.deepCopy()); // a batch
            }
            case 1 -> {
                return JSON.arrayNode(); // an empty batch
            }
            default -> {
                Optional<ObjectNode> picked = random.pickObject(root);
                if (picked.isEmpty()) {
                    return randomValue(2);
                }
                ObjectNode target = picked.get();
                List<String> names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
                int change = random.nextInt(7);
                if (names.isEmpty() || change == 0) {
                    target.set(random.nextBoolean() ? random.text(5) : random.pick(List.of("id", "method", "params", "jsonrpc",
                            "result", "error", "arguments", "name", "_meta", "cursor")), randomValue(2));
                } else if (change == 1) {
                    target.remove(random.pick(names));
                } else if (change == 2) {
                    target.put("method", random.pick(METHODS));
                } else if (change == 3) {
                    target.set("id", random.pick(List.of(JSON.nullNode(), JSON.numberNode(1.5), JSON.numberNode(-1),
                            JSON.numberNode(Long.MAX_VALUE), JSON.textNode(""), JSON.booleanNode(true),
                            JSON.objectNode(), JSON.arrayNode().add(1), JSON.numberNode(new BigInteger("1" + "0".repeat(30))))));
                } else if (change == 4) {
                    target.put("jsonrpc", random.pick(List.of("1.0", "2", "", "2.0 ")));
                } else {
                    target.set(random.pick(names), randomValue(3));
                }
                return root;
            }
        }
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 7);
        return switch (kind) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(random.nextBoolean());
            case 2 -> JSON.numberNode(random.nextLong());
            case 3 -> JSON.numberNode(random.nextDouble() * 1e6 - 5e5);
            case 4 -> JSON.textNode(random.text(random.nextInt(20)));
            case 5 -> JSON.textNode(random.pick(METHODS));
            case 6 -> JSON.numberNode(random.nextInt(3) - 1);
            case 7, 8 -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(random.nextBoolean() ? random.text(4) : random.pick(List.of("jsonrpc", "id", "method", "params",
                            "name", "arguments", "protocolVersion")), randomValue(depth - 1));
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

    /** Flips, drops, inserts, truncates or duplicates bytes of a serialized message. */
    byte[] mutateBytes(byte[] text) {
        byte[] bytes = text;
        for (int i = random.nextInt(3); i >= 0 && bytes.length > 0; i--) {
            int at = random.nextInt(bytes.length);
            bytes = switch (random.nextInt(6)) {
                case 0 -> {
                    byte[] copy = bytes.clone();
                    copy[at] = (byte) random.nextInt(256);
                    yield copy;
                }
                case 1 -> Arrays.copyOf(bytes, at);
                case 2 -> concat(Arrays.copyOf(bytes, at),
                        Arrays.copyOfRange(bytes, Math.min(bytes.length, at + 1 + random.nextInt(8)), bytes.length));
                case 3 -> concat(Arrays.copyOf(bytes, at), random.pick(List.of(new byte[] {(byte) 0xC3}, new byte[] {0},
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8("\\u"), utf8("\""), utf8("{"), utf8("]"), utf8("\\"),
                        utf8("\uD83D\uDE00"), utf8("1e99999"))), Arrays.copyOfRange(bytes, at, bytes.length));
                case 4 -> concat(bytes, Arrays.copyOfRange(bytes, at, bytes.length));
                default -> concat(utf8(random.pick(List.of(" ", "\uFEFF", "\n", "[", "{\"a\":"))), bytes);
            };
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

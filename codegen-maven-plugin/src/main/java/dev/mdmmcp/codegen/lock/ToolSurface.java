package dev.mdmmcp.codegen.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.codegen.model.ArgumentModel;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.tool.ToolHint;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;

/**
 * A vendor's tool surface as {@code specs/<vendor>/tools.lock.json} keeps it: per tool (by name)
 * its method class, tags, annotations, HTTP binding, curated fields and input schema, the schema
 * without its descriptions (wording is reviewed in tools.yaml; the lock is about shape). The
 * same model always gives the same bytes: tools sorted by name, two-space indent, one key per line.
 */
public final class ToolSurface {

    public static final String LOCK_FILE = "tools.lock.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ToolSurface() {
    }

    public static ObjectNode of(VendorModel vendor) {
        ObjectNode surface = NODES.objectNode();
        surface.put("vendor", vendor.id());
        ObjectNode tools = surface.putObject("tools");
        vendor.tools().stream().sorted(Comparator.comparing(ToolModel::name)).forEach(tool -> tools.set(tool.name(), tool(tool)));
        return surface;
    }

    private static ObjectNode tool(ToolModel tool) {
        ObjectNode node = NODES.objectNode();
        node.put("method", tool.method().wireName());
        ArrayNode tags = node.putArray("tags");
        tool.tags().forEach(tags::add);
        ObjectNode annotations = node.putObject("annotations");
        for (ToolHint hint : ToolHint.values()) {
            annotations.put(hintName(hint), tool.hints().contains(hint));
        }
        ObjectNode http = node.putObject("http");
        http.put("verb", tool.verb().name());
        http.put("path", tool.path());
        ObjectNode parameters = http.putObject("parameters");
        for (ArgumentModel argument : tool.arguments()) {
            if (!argument.isServerSide()) {
                parameters.put(argument.name(), argument.location().name().toLowerCase(Locale.ROOT) + " " + argument.wireName());
            }
        }
        if (tool.paging() != null) {
            http.put("paging", tool.paging().style().name());
            http.put("items", tool.paging().itemsPointer());
        }
        ArrayNode fields = node.putArray("fields");
        tool.fields().forEach(fields::add);
        node.set("inputSchema", withoutDescriptions(tool.inputSchema()));
        return node;
    }

    /** {@code readOnlyHint}, as MCP names the annotation. */
    static String hintName(ToolHint hint) {
        return switch (hint) {
            case READ_ONLY -> "readOnlyHint";
            case DESTRUCTIVE -> "destructiveHint";
            case IDEMPOTENT -> "idempotentHint";
            case OPEN_WORLD -> "openWorldHint";
        };
    }

    /** A copy of a JSON Schema without its {@code description}/{@code title} keywords (a property named so stays). */
    static JsonNode withoutDescriptions(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return schema == null ? NODES.nullNode() : schema.deepCopy();
        }
        ObjectNode copy = NODES.objectNode();
        schema.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.equals("description") || key.equals("title") || key.equals("examples") || key.equals("example")) {
                return;
            }
            if ((key.equals("properties") || key.equals("$defs") || key.equals("definitions")) && value.isObject()) {
                ObjectNode named = copy.putObject(key);
                value.properties().forEach(property -> named.set(property.getKey(), withoutDescriptions(property.getValue())));
            } else if (value.isArray() && (key.equals("anyOf") || key.equals("oneOf") || key.equals("allOf"))) {
                ArrayNode each = copy.putArray(key);
                value.forEach(item -> each.add(withoutDescriptions(item)));
            } else if (value.isObject()) {
                copy.set(key, withoutDescriptions(value));
            } else {
                copy.set(key, value.deepCopy());
            }
        });
        return copy;
    }

    /** The lock file's bytes: indented JSON with a final newline, the same on every platform. */
    public static byte[] bytes(ObjectNode surface) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (JSON.writer(printer).writeValueAsString(surface) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes is always writable", e);
        }
    }
}

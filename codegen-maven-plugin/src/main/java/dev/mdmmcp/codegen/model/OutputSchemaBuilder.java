package dev.mdmmcp.codegen.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.codegen.openapi.ResolvedSchema;
import dev.mdmmcp.codegen.openapi.Responses;
import dev.mdmmcp.codegen.openapi.SchemaKind;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.text.HtmlText;
import dev.mdmmcp.spelling.Suggestions;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the schema of what a tool returns: the curated shape, not the vendor's payload. A list
 * returns {@code {items: [...], next_cursor}}; every item (or the one object of other tools) is
 * restricted to the record's {@code fields}. The schema is permissive on purpose: vendors omit
 * fields and send {@code null} freely, so nothing is required, every value may be null, objects
 * stay open and enums are left out (vendors add values).
 *
 * <p>Along the way it checks the record against the response: {@code pagination.items} must
 * lead to an array and every field must exist, when the spec describes them.
 */
final class OutputSchemaBuilder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SchemaResolver resolver;

    OutputSchemaBuilder(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param itemsPointer the list's items pointer, or {@code null} for tools that are not lists
     * @return the schema, or empty when the spec has no response schema or the result is not an object
     */
    Optional<ObjectNode> build(SpecOperation operation, String itemsPointer, List<String> fields,
            Problems.Reporter report) {
        Optional<Schema<?>> response = Responses.successSchema(resolver.api(), operation);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        FieldTree tree = FieldTree.of(fields);
        if (itemsPointer == null) {
            ResolvedSchema resolved = resolver.resolve(response.get());
            ObjectNode result = shape(response.get(), tree, "", operation, report, new ArrayDeque<>());
            if (resolved.kind() != SchemaKind.OBJECT) {
                return Optional.empty();
            }
            result.put("type", "object"); // MCP wants an object at the root, never null
            return Optional.of(result);
        }
        Target array = at(response.get(), itemsPointer);
        if (array.missing()) {
            List<String> arrays = arrayPointers(response.get());
            report.report("pagination.items '" + itemsPointer + "' does not lead to an array in the response of "
                    + operation.key() + (arrays.isEmpty() ? "; the response holds no array"
                    : "; arrays there: " + String.join(", ", arrays.stream().map(p -> "'" + p + "'").toList())));
            return Optional.empty();
        }
        Schema<?> items = array.schema() == null ? null : resolver.resolve(array.schema()).items();
        ObjectNode itemSchema = items == null ? JSON.objectNode()
                : shape(items, tree, "", operation, report, new ArrayDeque<>());
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode itemsProperty = properties.putObject("items");
        itemsProperty.put("type", "array");
        itemsProperty.set("items", itemSchema);
        ObjectNode nextCursor = properties.putObject("next_cursor");
        nextCursor.put("type", "string");
        nextCursor.put("description", "Pass it back unchanged to get the next page; absent on the last page.");
        schema.putArray("required").add("items");
        return Optional.of(schema);
    }

    /** The schema restricted to {@code fields} below {@code prefix}; the whole schema when the tree is whole. */
    private ObjectNode shape(Schema<?> schema, FieldTree tree, String prefix, SpecOperation operation,
            Problems.Reporter report, Deque<String> expanding) {
        if (tree.isWhole() || tree.children().isEmpty()) {
            return describe(schema, expanding);
        }
        String refName = SchemaResolver.refName(schema);
        if (refName != null && expanding.contains(refName)) {
            return describeUnknown(tree);
        }
        ResolvedSchema resolved = resolver.resolve(schema);
        if (refName != null) {
            expanding.push(refName);
        }
        try {
            if (resolved.kind() == SchemaKind.ARRAY && resolved.items() != null) {
                ObjectNode array = typed("array", resolved.description());
                array.set("items", shape(resolved.items(), tree, prefix, operation, report, expanding));
                return array;
            }
            if (resolved.kind() != SchemaKind.OBJECT || !resolved.hasProperties()) {
                if (resolved.kind() != SchemaKind.OBJECT && resolved.kind() != SchemaKind.ANY) {
                    report.report("fields: '" + prefix.replaceAll("\\.$", "") + "' of the response of " + operation.key()
                            + " is a " + resolved.kind().name().toLowerCase(Locale.ROOT) + " and has no fields");
                }
                return describeUnknown(tree);
            }
            ObjectNode object = typed("object", resolved.description());
            ObjectNode properties = object.putObject("properties");
            for (Map.Entry<String, FieldTree> field : tree.children().entrySet()) {
                Schema<?> property = resolved.properties().get(field.getKey());
                if (property == null) {
                    List<String> candidates = resolved.properties().keySet().stream().map(k -> prefix + k).toList();
                    report.report("fields: '" + prefix + field.getKey() + "' is not a property of the "
                            + (prefix.isEmpty() ? "" : "'" + prefix.replaceAll("\\.$", "") + "' of the ") + "response of "
                            + operation.key() + Suggestions.closestHint(prefix + field.getKey(), candidates));
                    continue;
                }
                properties.set(field.getKey(), shape(property, field.getValue(), prefix + field.getKey() + ".",
                        operation, report, expanding));
            }
            return object;
        } finally {
            if (refName != null) {
                expanding.pop();
            }
        }
    }

    /** The whole schema, permissively. */
    private ObjectNode describe(Schema<?> schema, Deque<String> expanding) {
        String refName = SchemaResolver.refName(schema);
        if (refName != null && expanding.contains(refName)) {
            return typed("object", null);
        }
        ResolvedSchema resolved = resolver.resolve(schema);
        if (refName != null) {
            expanding.push(refName);
        }
        try {
            String description = HtmlText.clean(resolved.description());
            return switch (resolved.kind()) {
                case OBJECT -> {
                    ObjectNode object = typed("object", description);
                    if (resolved.hasProperties()) {
                        ObjectNode properties = object.putObject("properties");
                        resolved.properties().forEach((name, property) -> properties.set(name, describe(property, expanding)));
                    }
                    yield object;
                }
                case ARRAY -> {
                    ObjectNode array = typed("array", description);
                    array.set("items", resolved.items() == null ? JSON.objectNode() : describe(resolved.items(), expanding));
                    yield array;
                }
                case ANY -> {
                    ObjectNode any = JSON.objectNode();
                    if (description != null) {
                        any.put("description", description);
                    }
                    yield any;
                }
                default -> {
                    ObjectNode scalar = typed(resolved.kind().name().toLowerCase(Locale.ROOT), description);
                    if (resolved.format() != null) {
                        scalar.put("format", resolved.format());
                    }
                    yield scalar;
                }
            };
        } finally {
            if (refName != null) {
                expanding.pop();
            }
        }
    }

    /** Fields below a schema the spec does not describe: their names are known, their types are not. */
    private static ObjectNode describeUnknown(FieldTree tree) {
        if (tree.isWhole() || tree.children().isEmpty()) {
            return JSON.objectNode();
        }
        ObjectNode object = typed("object", null);
        ObjectNode properties = object.putObject("properties");
        tree.children().forEach((name, child) -> properties.set(name, describeUnknown(child)));
        return object;
    }

    private static ObjectNode typed(String type, String description) {
        ObjectNode node = JSON.objectNode();
        ArrayNode types = node.putArray("type");
        types.add(type).add("null");
        if (description != null) {
            node.put("description", description);
        }
        return node;
    }

    /**
     * Where a JSON pointer into the response leads: to an array schema, past what the spec
     * describes (an untyped value or a free-form object, which may well hold the array), or
     * nowhere.
     *
     * @param schema the array's schema, or {@code null} when the spec does not describe it
     */
    private record Target(Schema<?> schema, boolean missing) {
    }

    private Target at(Schema<?> root, String pointer) {
        Schema<?> current = root;
        List<String> segments = pointer.isEmpty() ? List.of() : List.of(pointer.substring(1).split("/", -1));
        for (String raw : segments) {
            ResolvedSchema resolved = resolver.resolve(current);
            if (isUndescribed(resolved)) {
                return new Target(null, false);
            }
            Schema<?> next = resolved.properties().get(raw.replace("~1", "/").replace("~0", "~"));
            if (next == null) {
                return new Target(null, true);
            }
            current = next;
        }
        ResolvedSchema target = resolver.resolve(current);
        if (target.kind() == SchemaKind.ARRAY) {
            return new Target(current, false);
        }
        return new Target(null, target.kind() != SchemaKind.ANY);
    }

    private static boolean isUndescribed(ResolvedSchema schema) {
        return schema.kind() == SchemaKind.ANY || schema.kind() == SchemaKind.OBJECT && !schema.hasProperties();
    }

    /** Pointers to the arrays in the first two levels of the response, for hints. */
    private List<String> arrayPointers(Schema<?> root) {
        List<String> pointers = new ArrayList<>();
        collectArrays(root, "", 0, pointers);
        return pointers;
    }

    private void collectArrays(Schema<?> schema, String pointer, int depth, List<String> pointers) {
        ResolvedSchema resolved = resolver.resolve(schema);
        if (resolved.kind() == SchemaKind.ARRAY) {
            pointers.add(pointer);
            return;
        }
        if (depth < 2 && resolved.kind() == SchemaKind.OBJECT) {
            resolved.properties().forEach((name, property) ->
                    collectArrays(property, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), depth + 1, pointers));
        }
    }
}

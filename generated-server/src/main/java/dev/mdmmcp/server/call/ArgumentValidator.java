package dev.mdmmcp.server.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the model's flat argument object against the tool's input schema before anything is
 * sent, and says what is wrong in the model's terms: which argument, what was expected
 * ({@code argument 'limit' must be an integer}, {@code missing required argument 'device_id'},
 * {@code unknown argument 'foo'; valid arguments: ...}). Every problem is reported at once so
 * the model can fix them in one go.
 *
 * <p>Top-level {@code null} values count as absent: models often send {@code "serial": null}
 * for an optional argument they do not use.
 *
 * <p>One validator per tool, made once: its schema compiled, its argument names listed.
 */
public final class ArgumentValidator {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final ObjectMapper mapper;
    private final String toolName;
    private final Schema schema;
    private final List<String> valid;

    public ArgumentValidator(ObjectMapper mapper, ToolEntry tool) {
        this.mapper = mapper;
        this.toolName = tool.name();
        this.schema = REGISTRY.getSchema(tool.inputSchema());
        this.valid = List.copyOf(propertyNames(tool.inputSchema()));
    }

    /**
     * @return the arguments as a JSON object, without {@code null} values
     * @throws ToolFailure listing every problem
     */
    public ObjectNode validate(Map<String, Object> arguments) {
        ObjectNode object = arguments == null ? mapper.createObjectNode() : mapper.valueToTree(arguments);
        object.properties().removeIf(field -> field.getValue().isNull());

        Set<String> problems = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!valid.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            problems.add((unknown.size() == 1 ? "unknown argument " : "unknown arguments ")
                    + unknown.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
                    + (valid.isEmpty() ? " (this tool takes no arguments)" : " (valid arguments: " + String.join(", ", valid) + ")"));
        }
        for (Error error : schema.validate(object)) {
            boolean unknownAtTop = error.getKeyword().equals("additionalProperties")
                    && error.getInstanceLocation().getNameCount() == 0;
            if (!unknownAtTop) {
                problems.add(describe(error));
            }
        }
        if (!problems.isEmpty()) {
            throw ToolFailure.invalidArguments("Invalid arguments for " + toolName + ": "
                    + String.join("; ", problems) + ".");
        }
        return object;
    }

    private static List<String> propertyNames(ObjectNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String describe(Error error) {
        String at = argumentPath(error.getInstanceLocation());
        JsonNode expected = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> "missing required argument '" + join(at, error.getProperty()) + "'";
            case "additionalProperties" -> "argument '" + at + "' has an unknown property '" + error.getProperty() + "'";
            case "type" -> "argument '" + at + "' must be " + typeNames(expected);
            case "enum" -> "argument '" + at + "' must be one of: " + values(expected);
            case "const" -> "argument '" + at + "' must be " + expected;
            case "minimum" -> "argument '" + at + "' must be at least " + expected.asText();
            case "maximum" -> "argument '" + at + "' must be at most " + expected.asText();
            case "exclusiveMinimum" -> "argument '" + at + "' must be greater than " + expected.asText();
            case "exclusiveMaximum" -> "argument '" + at + "' must be less than " + expected.asText();
            case "minLength" -> "argument '" + at + "' must be at least " + expected.asText() + " characters long";
            case "maxLength" -> "argument '" + at + "' must be at most " + expected.asText() + " characters long";
            case "minItems" -> "argument '" + at + "' must have at least " + expected.asText() + " items";
            case "maxItems" -> "argument '" + at + "' must have at most " + expected.asText() + " items";
            case "uniqueItems" -> "argument '" + at + "' must not repeat items";
            case "pattern" -> "argument '" + at + "' must match the pattern " + expected.asText();
            case "format" -> "argument '" + at + "' must be a valid " + expected.asText();
            default -> "argument '" + at + "' is not valid: " + error.getMessage();
        };
    }

    /** {@code filter.os}, {@code ids[1]}: the way the model would name a nested value. */
    private static String argumentPath(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(element);
            }
        }
        return path.toString();
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static String typeNames(JsonNode expected) {
        List<String> types = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(type -> types.add(type.asText()));
        } else {
            types.add(expected.asText());
        }
        types.remove("null");
        return types.stream().map(ArgumentValidator::withArticle).collect(Collectors.joining(" or "));
    }

    private static String withArticle(String type) {
        return switch (type) {
            case "integer", "array", "object" -> "an " + type;
            case "string", "number", "boolean" -> "a " + type;
            default -> type;
        };
    }

    private static String values(JsonNode expected) {
        List<String> values = new ArrayList<>();
        expected.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }
}

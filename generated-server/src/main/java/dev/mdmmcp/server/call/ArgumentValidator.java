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
import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.ArgumentProblem.Violation;
import dev.mdmmcp.server.result.ArgumentProblem.Violation.Rule;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the model's flat argument object against the tool's input schema before anything is
 * sent, and names every problem in the model's terms (which argument, which rule, what was
 * expected) at once, so the model can fix them in one go; {@code result.FailureMessages} writes
 * the text.
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

        Set<ArgumentProblem> problems = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (!valid.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            problems.add(new ArgumentProblem.Unknown(unknown, valid));
        }
        for (Error error : schema.validate(object)) {
            boolean unknownAtTop = error.getKeyword().equals("additionalProperties")
                    && error.getInstanceLocation().getNameCount() == 0;
            if (!unknownAtTop) {
                problems.add(problem(error));
            }
        }
        if (!problems.isEmpty()) {
            throw new ToolFailure(new FailureReason.InvalidArguments(toolName, List.copyOf(problems)));
        }
        return object;
    }

    private static List<String> propertyNames(ObjectNode schema) {
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ArgumentProblem problem(Error error) {
        String at = argumentPath(error.getInstanceLocation());
        JsonNode expected = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "required" -> new ArgumentProblem.Missing(join(at, error.getProperty()));
            case "additionalProperties" -> new ArgumentProblem.UnknownProperty(at, error.getProperty());
            case "type" -> new Violation(at, Rule.TYPE, typeNames(expected));
            case "enum" -> new Violation(at, Rule.ONE_OF, values(expected));
            case "const" -> new Violation(at, Rule.CONST, expected.toString());
            case "minimum" -> new Violation(at, Rule.MINIMUM, expected.asText());
            case "maximum" -> new Violation(at, Rule.MAXIMUM, expected.asText());
            case "exclusiveMinimum" -> new Violation(at, Rule.GREATER_THAN, expected.asText());
            case "exclusiveMaximum" -> new Violation(at, Rule.LESS_THAN, expected.asText());
            case "minLength" -> new Violation(at, Rule.MIN_LENGTH, expected.asText());
            case "maxLength" -> new Violation(at, Rule.MAX_LENGTH, expected.asText());
            case "minItems" -> new Violation(at, Rule.MIN_ITEMS, expected.asText());
            case "maxItems" -> new Violation(at, Rule.MAX_ITEMS, expected.asText());
            case "uniqueItems" -> new Violation(at, Rule.UNIQUE_ITEMS);
            case "pattern" -> new Violation(at, Rule.PATTERN, expected.asText());
            case "format" -> new Violation(at, Rule.FORMAT, expected.asText());
            default -> new Violation(at, Rule.OTHER, error.getMessage());
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

    /** The allowed types; {@code null} is left out, as absent arguments are. */
    private static List<String> typeNames(JsonNode expected) {
        List<String> types = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(type -> types.add(type.asText()));
        } else {
            types.add(expected.asText());
        }
        types.remove("null");
        return types;
    }

    private static List<String> values(JsonNode expected) {
        List<String> values = new ArrayList<>();
        expected.forEach(value -> values.add(value.asText()));
        return values;
    }
}

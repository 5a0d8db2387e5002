package dev.mdmmcp.codegen.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes the JSON Schema of a {@link ValueType} as the model sees it. Objects are closed
 * ({@code additionalProperties: false}) because the argument records cannot carry unknown
 * properties; keys are always written in one order so the files are stable.
 */
public final class InputSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InputSchemas() {
    }

    /** The schema of {@code type}, with {@code description} when there is one. */
    public static ObjectNode of(ValueType type, String description) {
        ObjectNode schema = JSON.objectNode();
        switch (type) {
            case ScalarType scalar -> {
                schema.put("type", scalar.kind().jsonType());
                describe(schema, description);
                if (!scalar.allowedValues().isEmpty()) {
                    ArrayNode values = schema.putArray("enum");
                    scalar.allowedValues().forEach(v -> values.add(value(v)));
                }
                putIfPresent(schema, "format", scalar.format());
                putNumber(schema, "minimum", scalar.minimum());
                putNumber(schema, "maximum", scalar.maximum());
                if (scalar.minLength() != null) {
                    schema.put("minLength", scalar.minLength());
                }
                if (scalar.maxLength() != null) {
                    schema.put("maxLength", scalar.maxLength());
                }
                putIfPresent(schema, "pattern", scalar.pattern());
                if (scalar.defaultValue() != null) {
                    schema.set("default", value(scalar.defaultValue()));
                }
            }
            case EnumType enumType -> {
                schema.put("type", "string");
                describe(schema, description);
                ArrayNode values = schema.putArray("enum");
                enumType.constants().forEach(c -> values.add(c.wireValue()));
            }
            case ListType list -> {
                schema.put("type", "array");
                describe(schema, description);
                schema.set("items", of(list.element(), null));
            }
            case MapType map -> {
                schema.put("type", "object");
                describe(schema, description);
                if (map.value() instanceof AnyType) {
                    schema.put("additionalProperties", true);
                } else {
                    schema.set("additionalProperties", of(map.value(), null));
                }
            }
            case RecordType record -> {
                schema.put("type", "object");
                describe(schema, description != null ? description : record.description());
                ObjectNode properties = schema.putObject("properties");
                ArrayNode required = JSON.arrayNode();
                for (RecordType.Property property : record.properties()) {
                    properties.set(property.wireName(), of(property.type(), property.description()));
                    if (property.required()) {
                        required.add(property.wireName());
                    }
                }
                if (!required.isEmpty()) {
                    schema.set("required", required);
                }
                schema.put("additionalProperties", false);
            }
            case AnyType any -> describe(schema, description);
        }
        return schema;
    }

    private static void describe(ObjectNode schema, String description) {
        putIfPresent(schema, "description", description);
    }

    private static void putIfPresent(ObjectNode schema, String key, String value) {
        if (value != null && !value.isBlank()) {
            schema.put(key, value);
        }
    }

    private static void putNumber(ObjectNode schema, String key, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            schema.put(key, stripped.toBigIntegerExact());
        } else {
            schema.put(key, stripped);
        }
    }

    /** A spec value (a default or enum entry) as JSON. */
    static JsonNode value(Object value) {
        return switch (value) {
            case null -> JSON.nullNode();
            case String s -> JSON.textNode(s);
            case Boolean b -> JSON.booleanNode(b);
            case Integer i -> JSON.numberNode(i);
            case Long l -> JSON.numberNode(l);
            case BigInteger i -> JSON.numberNode(i);
            case BigDecimal d -> JSON.numberNode(d);
            case Number n -> JSON.numberNode(n.doubleValue());
            case JsonNode node -> node;
            default -> JSON.textNode(String.valueOf(value));
        };
    }
}

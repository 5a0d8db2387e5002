package dev.mdmmcp.server.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.tool.WireValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** How one argument value is written as text in a path, query or header. */
final class WireText {

    private final ObjectMapper mapper;

    WireText(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Scalars as the vendor expects them: enums by wire value, booleans and numbers as plain text. */
    String scalar(Object value) {
        if (value instanceof WireValue wire) {
            return wire.wireValue();
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        // java.time values, UUIDs and the like: the JSON text Jackson gives them.
        JsonNode node = mapper.valueToTree(value);
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A list joined with commas, each element as {@link #scalar}. */
    String joined(Collection<?> values) {
        return values.stream().map(this::scalar).collect(Collectors.joining(","));
    }
}

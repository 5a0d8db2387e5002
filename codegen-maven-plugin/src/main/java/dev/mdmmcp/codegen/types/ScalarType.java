package dev.mdmmcp.codegen.types;

import java.math.BigDecimal;
import java.util.List;

/**
 * A string, number or boolean, with the constraints the spec gives.
 *
 * @param format the spec's {@code format}, e.g. {@code date-time}, or {@code null}
 * @param defaultValue the spec's {@code default}, or {@code null}
 * @param allowedValues the spec's {@code enum} when it is not a string enum (those become {@link EnumType})
 */
public record ScalarType(
        Kind kind,
        String format,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minLength,
        Integer maxLength,
        String pattern,
        Object defaultValue,
        List<Object> allowedValues) implements ValueType {

    public ScalarType {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    public static ScalarType of(Kind kind) {
        return new ScalarType(kind, null, null, null, null, null, null, null, null);
    }

    /** The Java type each kind maps to, and the JSON Schema type. */
    public enum Kind {
        STRING("string"),
        INTEGER("integer"),
        LONG("integer"),
        DOUBLE("number"),
        BIG_DECIMAL("number"),
        BOOLEAN("boolean");

        private final String jsonType;

        Kind(String jsonType) {
            this.jsonType = jsonType;
        }

        public String jsonType() {
            return jsonType;
        }
    }
}

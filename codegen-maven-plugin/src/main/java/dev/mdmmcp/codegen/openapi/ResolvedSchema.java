package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema as its users need it: {@code $ref}s followed, {@code allOf} parts merged
 * (properties and {@code required} of every part), {@code oneOf}/{@code anyOf} of objects folded
 * into one object whose properties are all optional.
 *
 * @param refName the component the schema came from, e.g. {@code Device}, or {@code null} when inline
 * @param properties object properties in declaration order; each value still unresolved
 * @param required required property names
 * @param items the element schema of an array, unresolved, or {@code null}
 * @param additionalProperties the value schema of a map, unresolved, or {@code null}
 * @param freeForm an object that accepts any property ({@code additionalProperties: true}, or no properties at all)
 * @param binary a file or raw bytes ({@code format: binary})
 */
public record ResolvedSchema(
        String refName,
        SchemaKind kind,
        String format,
        String description,
        List<Object> enumValues,
        Map<String, Schema<?>> properties,
        Set<String> required,
        Schema<?> items,
        Schema<?> additionalProperties,
        boolean freeForm,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minLength,
        Integer maxLength,
        String pattern,
        Object defaultValue,
        boolean binary) {

    public ResolvedSchema {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        required = required == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(required));
    }

    public boolean hasProperties() {
        return !properties.isEmpty();
    }

    public boolean hasEnum() {
        return !enumValues.isEmpty();
    }
}

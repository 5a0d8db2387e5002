package dev.mdmmcp.codegen.types;

import java.util.List;

/**
 * A JSON object with known properties: a nested Java record.
 *
 * @param simpleName the record's name, unique among the types nested in its enclosing type
 * @param description what the object is, for the record's javadoc, or {@code null}
 * @param properties the properties in spec order
 */
public record RecordType(String simpleName, String description, List<Property> properties) implements ValueType {

    public RecordType {
        properties = List.copyOf(properties);
    }

    /**
     * @param wireName the JSON property name
     * @param javaName the record component's name
     * @param description from the spec, HTML cleaned, or {@code null}
     */
    public record Property(String wireName, String javaName, ValueType type, String description, boolean required) {
    }
}

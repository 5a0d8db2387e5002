package dev.mdmmcp.codegen.types;

/**
 * A JSON object with free keys: {@code Map<String, V>}; {@code V} is {@link AnyType} for free-form
 * objects.
 */
public record MapType(ValueType value) implements ValueType {
}

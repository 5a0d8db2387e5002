package dev.mdmmcp.codegen.types;

/** A JSON array: {@code List<T>}. */
public record ListType(ValueType element) implements ValueType {
}

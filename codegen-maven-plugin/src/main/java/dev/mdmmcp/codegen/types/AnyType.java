package dev.mdmmcp.codegen.types;

/** No single type: an untyped schema or a union of different types; Java {@code Object}. */
public record AnyType() implements ValueType {
}

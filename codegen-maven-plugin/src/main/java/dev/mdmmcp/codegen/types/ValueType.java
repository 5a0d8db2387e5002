package dev.mdmmcp.codegen.types;

/**
 * The type of one argument or property, decided once from the spec's schema. Both the Java
 * type of a record component and the JSON Schema the model sees come from it, so the two can
 * never disagree.
 */
public sealed interface ValueType permits ScalarType, EnumType, ListType, MapType, RecordType, AnyType {
}

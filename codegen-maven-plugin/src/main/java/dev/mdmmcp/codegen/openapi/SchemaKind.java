package dev.mdmmcp.codegen.openapi;

/** The JSON type a schema describes, after references, {@code allOf} and unions are folded. */
public enum SchemaKind {
    OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN,
    /** No single type: an untyped schema or a union of different types. */
    ANY
}

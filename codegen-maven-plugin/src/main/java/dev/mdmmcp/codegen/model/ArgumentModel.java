package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.types.ValueType;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.http.ParameterLocation;

/**
 * One argument of a tool: what the model sends, and where it goes upstream.
 *
 * @param name the argument name the model uses (the wire name unless the record renames it)
 * @param wireName the parameter or body property name upstream; equal to {@code name} for the server's own arguments
 * @param location where the value goes upstream, or {@code null} for {@code limit}, {@code next_cursor} and
 *     {@code fields}, which the server reads itself
 * @param listFormat how a list is written into a query
 * @param description for the model, HTML cleaned, or {@code null}
 * @param javaName the record component's name
 */
public record ArgumentModel(
        String name,
        String wireName,
        ParameterLocation location,
        ListFormat listFormat,
        boolean required,
        String description,
        ValueType type,
        String javaName) {

    /** {@code limit}, {@code next_cursor} or {@code fields}: read by the runtime, never sent upstream as is. */
    public boolean isServerSide() {
        return location == null;
    }

    public boolean isRenamed() {
        return !name.equals(wireName);
    }
}

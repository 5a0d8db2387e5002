package dev.mdmmcp.tool;

/**
 * A generated enum whose constants stand for upstream values: the runtime writes
 * {@link #wireValue()} into paths and queries, and Jackson uses it for bodies.
 */
public interface WireValue {

    String wireValue();
}

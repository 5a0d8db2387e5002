package dev.mdmmcp.codegen.types;

import java.util.List;

/**
 * A string enum: a nested Java enum implementing {@code WireValue}.
 *
 * @param simpleName the enum's name, unique among the types nested in its enclosing type
 * @param constants the constants in spec order
 */
public record EnumType(String simpleName, List<Constant> constants) implements ValueType {

    public EnumType {
        constants = List.copyOf(constants);
    }

    /**
     * @param javaName the constant's Java name, e.g. {@code MAC_OS}
     * @param wireValue the value on the wire, e.g. {@code macOS}
     */
    public record Constant(String javaName, String wireValue) {
    }
}

package dev.mdmmcp.codegen.types;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out names for the types nested in one generated type. Java forbids a nested type named
 * like an enclosing one, and a nested {@code List} or {@code String} would shadow the real one,
 * so those names are taken from the start; a clash gets a number: {@code Item2}.
 */
public final class TypeScope {

    private static final Set<String> SHADOWING = Set.of(
            "Object", "String", "Integer", "Long", "Double", "Boolean", "Number", "Record", "Enum", "Class",
            "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Math", "System",
            "List", "Map", "BigDecimal", "Generated", "JsonProperty", "JsonValue", "JsonInclude", "Include",
            "WireValue", "PagedArguments");

    private final Set<String> enclosing;
    private final Set<String> taken = new HashSet<>();

    private TypeScope(Set<String> enclosing) {
        this.enclosing = Set.copyOf(enclosing);
    }

    /** The scope of the types nested in a top-level type named {@code topLevelName}. */
    public static TypeScope inside(String topLevelName) {
        return new TypeScope(Set.of(topLevelName));
    }

    /** The scope of the types nested in {@code nestedName}, itself declared in this scope. */
    public TypeScope nested(String nestedName) {
        Set<String> names = new HashSet<>(enclosing);
        names.add(nestedName);
        return new TypeScope(names);
    }

    /** {@code preferred}, or {@code preferred2}, {@code preferred3}... whichever is free. */
    public String allocate(String preferred) {
        String name = preferred;
        for (int n = 2; isTaken(name); n++) {
            name = preferred + n;
        }
        taken.add(name);
        return name;
    }

    private boolean isTaken(String name) {
        return taken.contains(name) || enclosing.contains(name) || SHADOWING.contains(name);
    }
}

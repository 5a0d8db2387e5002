package dev.mdmmcp.codegen.types;

import dev.mdmmcp.codegen.naming.JavaNames;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands out record component names within one record: valid Java, never one of
 * {@code Object}'s methods (a component {@code hashCode} would not compile), unique.
 */
public final class MemberNames {

    private static final Set<String> OBJECT_METHODS = Set.of(
            "hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private final Set<String> taken = new HashSet<>();

    public MemberNames(Set<String> reserved) {
        taken.addAll(reserved);
    }

    public MemberNames() {
        this(Set.of());
    }

    /** The Java name of a JSON name, made unique with a number when two names meet. */
    public String allocate(String jsonName) {
        String base = javaNameOf(jsonName);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        taken.add(name);
        return name;
    }

    /** The Java name a JSON name maps to before uniqueness: {@code device_id} → {@code deviceId}. */
    public static String javaNameOf(String jsonName) {
        String name = JavaNames.memberName(jsonName);
        return OBJECT_METHODS.contains(name) ? name + "Value" : name;
    }
}

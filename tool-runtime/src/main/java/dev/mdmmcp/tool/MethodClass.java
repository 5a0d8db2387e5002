package dev.mdmmcp.tool;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a tool does, as its documentation record says. The HTTP verb never decides this:
 * some vendors read with POST.
 */
public enum MethodClass {
    LIST, GET, CREATE, UPDATE, DELETE, CUSTOM;

    /** The lower-case name used in specs, configuration and on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code true} for list and get: the tool only reads. */
    public boolean isRead() {
        return this == LIST || this == GET;
    }

    /**
     * Parses a wire name such as {@code list}.
     *
     * @throws IllegalArgumentException naming the valid choices when the name is unknown
     */
    public static MethodClass fromWireName(String wireName) {
        for (MethodClass method : values()) {
            if (method.wireName().equals(wireName)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method class '" + wireName + "'; valid: " + validNames());
    }

    /** The valid wire names, comma separated, for error messages. */
    public static String validNames() {
        return Arrays.stream(values()).map(MethodClass::wireName).collect(Collectors.joining(", "));
    }
}

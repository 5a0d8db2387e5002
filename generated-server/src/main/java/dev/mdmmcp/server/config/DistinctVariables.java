package dev.mdmmcp.server.config;

import dev.mdmmcp.server.binding.StrictNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two names that differ only in punctuation or case ({@code kandji-prod}, {@code kandji_prod})
 * would share environment variables, and one would silently get the other's secrets.
 */
final class DistinctVariables {

    private DistinctVariables() {
    }

    static void check(StrictNode root, String section, Collection<String> names) {
        Map<String, String> byVariable = new HashMap<>();
        for (String name : names) {
            String variable = EnvironmentOverrides.variableFor(List.of(section, name));
            String other = byVariable.putIfAbsent(variable, name);
            if (other != null) {
                root.refuse(section + "." + name, "and " + section + "." + other
                        + " map to the same environment variables (" + variable + "_...): rename one of them");
            }
        }
    }
}

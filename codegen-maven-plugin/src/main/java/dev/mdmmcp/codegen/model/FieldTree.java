package dev.mdmmcp.codegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's {@code fields} as a tree: {@code [device_id, user.email, user.name]} is
 * {@code device_id}, and {@code user} with {@code email} and {@code name}. A field named whole
 * ({@code user}) swallows its sub-fields ({@code user.email}).
 */
final class FieldTree {

    private final Map<String, FieldTree> children = new LinkedHashMap<>();
    private boolean whole;

    static FieldTree of(List<String> fields) {
        FieldTree root = new FieldTree();
        for (String field : fields) {
            FieldTree node = root;
            for (String segment : field.split("\\.")) {
                if (node.whole) {
                    break;
                }
                node = node.children.computeIfAbsent(segment, s -> new FieldTree());
            }
            node.whole = true;
            node.children.clear();
        }
        return root;
    }

    /** The field is wanted with everything below it. */
    boolean isWhole() {
        return whole;
    }

    Map<String, FieldTree> children() {
        return Collections.unmodifiableMap(children);
    }
}

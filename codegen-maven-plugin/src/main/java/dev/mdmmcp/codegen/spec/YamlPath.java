package dev.mdmmcp.codegen.spec;

import java.util.List;

/** Writes a place in a YAML document the way people read it: {@code tools[3].pagination.style}. */
final class YamlPath {

    private YamlPath() {
    }

    static String format(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment);
            }
        }
        return path.toString();
    }
}

package dev.mdmmcp.server.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps only the fields a tool's documentation record names, so the model gets what it needs
 * rather than the whole payload. Fields are dotted paths ({@code user.email}); nested objects are
 * rebuilt, arrays on the way are projected element by element ({@code apps.name} keeps the name
 * of every app), and fields the vendor did not send are left out. No fields keeps everything.
 */
public final class FieldCurator {

    /** A tree of the wanted paths. */
    private static final class PathTree {
        final Map<String, PathTree> children = new LinkedHashMap<>();
        /** A named field ends here: keep the whole value found at this point. */
        boolean whole;
    }

    private final PathTree root;

    public FieldCurator(List<String> fields) {
        this.root = fields.isEmpty() ? null : tree(fields);
    }

    /** The curated copy of one item or object; the input is not changed. */
    public JsonNode curate(JsonNode value) {
        if (root == null || value == null) {
            return value;
        }
        JsonNode curated = project(value, root);
        // A value of an unexpected shape (a bare string, say) is passed through rather than lost.
        return curated == null ? value : curated;
    }

    /** {@link #curate} applied to each item of a list. */
    public List<JsonNode> curateEach(List<JsonNode> items) {
        return items.stream().map(this::curate).toList();
    }

    private static JsonNode project(JsonNode value, PathTree paths) {
        if (paths.whole) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode projected = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : value) {
                JsonNode kept = project(element, paths);
                if (kept != null) {
                    projected.add(kept);
                }
            }
            return projected;
        }
        if (!value.isObject()) {
            return null;
        }
        ObjectNode projected = JsonNodeFactory.instance.objectNode();
        paths.children.forEach((name, subPaths) -> {
            JsonNode child = value.get(name);
            if (child != null) {
                JsonNode kept = child.isNull() ? child : project(child, subPaths);
                if (kept != null && !(kept.isObject() && kept.isEmpty() && !subPaths.whole)) {
                    projected.set(name, kept);
                }
            }
        });
        return projected;
    }

    private static PathTree tree(List<String> fields) {
        PathTree root = new PathTree();
        for (String field : fields) {
            PathTree node = root;
            boolean coveredByShorterPath = false;
            for (String part : field.split("\\.")) {
                node = node.children.computeIfAbsent(part, name -> new PathTree());
                if (node.whole) {
                    // "user" and "user.email" together: the shorter path keeps the whole object.
                    coveredByShorterPath = true;
                    break;
                }
            }
            if (!coveredByShorterPath) {
                node.whole = true;
                node.children.clear();
            }
        }
        return root;
    }
}

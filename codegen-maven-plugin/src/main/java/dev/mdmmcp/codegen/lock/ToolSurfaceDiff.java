package dev.mdmmcp.codegen.lock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two tool surfaces ({@link ToolSurface}), tool by tool: tools added and
 * removed; arguments added, removed or renamed (one gone and one new with the same upstream
 * parameter); type and enum changes; newly required arguments; changed HTTP binding; curated
 * fields gone; tags, method class and annotations. Each change says whom it breaks.
 */
public final class ToolSurfaceDiff {

    private ToolSurfaceDiff() {
    }

    public static List<SurfaceChange> between(JsonNode before, JsonNode after) {
        List<SurfaceChange> changes = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        before.path("tools").fieldNames().forEachRemaining(names::add);
        after.path("tools").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode old = before.path("tools").path(name);
            JsonNode now = after.path("tools").path(name);
            if (old.isMissingNode()) {
                changes.add(new SurfaceChange(name, "tool added", false, false));
            } else if (now.isMissingNode()) {
                changes.add(new SurfaceChange(name, "tool removed", true, true));
            } else {
                compareTool(name, old, now, changes);
            }
        }
        return changes;
    }

    private static void compareTool(String tool, JsonNode old, JsonNode now, List<SurfaceChange> changes) {
        if (!old.path("method").equals(now.path("method"))) {
            changes.add(new SurfaceChange(tool, "method class " + old.path("method").asText() + " -> "
                    + now.path("method").asText(), false, true));
        }
        Set<String> oldTags = texts(old.path("tags"));
        Set<String> newTags = texts(now.path("tags"));
        for (String tag : oldTags) {
            if (!newTags.contains(tag)) {
                changes.add(new SurfaceChange(tool, "tag " + tag + " removed", false, true));
            }
        }
        for (String tag : newTags) {
            if (!oldTags.contains(tag)) {
                changes.add(new SurfaceChange(tool, "tag " + tag + " added", false, false));
            }
        }
        old.path("annotations").properties().forEach(hint -> {
            JsonNode value = now.path("annotations").path(hint.getKey());
            if (!hint.getValue().equals(value)) {
                changes.add(new SurfaceChange(tool, "annotation " + hint.getKey() + " " + hint.getValue().asText() + " -> "
                        + value.asText(), false, false));
            }
        });
        compareHttp(tool, old.path("http"), now.path("http"), changes);
        Set<String> newFields = texts(now.path("fields"));
        for (String field : texts(old.path("fields"))) {
            if (!newFields.contains(field)) {
                changes.add(new SurfaceChange(tool, "curated field " + field + " gone", true, false));
            }
        }
        for (String field : newFields) {
            if (!texts(old.path("fields")).contains(field)) {
                changes.add(new SurfaceChange(tool, "curated field " + field + " added", false, false));
            }
        }
        compareArguments(tool, old, now, changes);
    }

    private static void compareHttp(String tool, JsonNode old, JsonNode now, List<SurfaceChange> changes) {
        String oldBinding = old.path("verb").asText() + " " + old.path("path").asText();
        String newBinding = now.path("verb").asText() + " " + now.path("path").asText();
        if (!oldBinding.equals(newBinding)) {
            changes.add(new SurfaceChange(tool, "HTTP binding " + oldBinding + " -> " + newBinding, false, false));
        }
        if (!old.path("paging").equals(now.path("paging")) || !old.path("items").equals(now.path("items"))) {
            changes.add(new SurfaceChange(tool, "paging " + paging(old) + " -> " + paging(now), false, false));
        }
        old.path("parameters").properties().forEach(parameter -> {
            JsonNode value = now.path("parameters").path(parameter.getKey());
            if (!value.isMissingNode() && !value.equals(parameter.getValue())) {
                changes.add(new SurfaceChange(tool, "argument " + parameter.getKey() + " is sent as "
                        + value.asText() + " (was " + parameter.getValue().asText() + ")", false, false));
            }
        });
    }

    private static String paging(JsonNode http) {
        return http.path("paging").isMissingNode() ? "none"
                : http.path("paging").asText() + " (items at '" + http.path("items").asText() + "')";
    }

    private static void compareArguments(String tool, JsonNode old, JsonNode now, List<SurfaceChange> changes) {
        JsonNode oldProperties = old.path("inputSchema").path("properties");
        JsonNode newProperties = now.path("inputSchema").path("properties");
        Set<String> oldRequired = texts(old.path("inputSchema").path("required"));
        Set<String> newRequired = texts(now.path("inputSchema").path("required"));
        Set<String> removed = new LinkedHashSet<>();
        oldProperties.fieldNames().forEachRemaining(name -> {
            if (newProperties.path(name).isMissingNode()) {
                removed.add(name);
            }
        });
        Set<String> added = new LinkedHashSet<>();
        newProperties.fieldNames().forEachRemaining(name -> {
            if (oldProperties.path(name).isMissingNode()) {
                added.add(name);
            }
        });
        for (String name : List.copyOf(removed)) {
            String wire = old.path("http").path("parameters").path(name).asText(null);
            String renamedTo = wire == null ? null : added.stream()
                    .filter(candidate -> wire.equals(now.path("http").path("parameters").path(candidate).asText(null)))
                    .findFirst()
                    // renamed upstream: gone and come in the same place with the same schema
                    .or(() -> added.stream().filter(candidate -> sameLocation(wire,
                            now.path("http").path("parameters").path(candidate).asText(""))
                            && oldProperties.path(name).equals(newProperties.path(candidate))).findFirst())
                    .orElse(null);
            if (renamedTo != null) {
                removed.remove(name);
                added.remove(renamedTo);
                changes.add(new SurfaceChange(tool, "argument " + name + " renamed to " + renamedTo, true, false));
                compareArgument(tool, renamedTo, oldProperties.path(name), newProperties.path(renamedTo), changes);
                if (!oldRequired.contains(name) && newRequired.contains(renamedTo)) {
                    changes.add(new SurfaceChange(tool, "argument " + renamedTo + " newly required", true, false));
                }
            }
        }
        removed.forEach(name -> changes.add(new SurfaceChange(tool, "argument " + name + " removed", true, false)));
        added.forEach(name -> changes.add(newRequired.contains(name)
                ? new SurfaceChange(tool, "argument " + name + " added, required", true, false)
                : new SurfaceChange(tool, "argument " + name + " added", false, false)));
        oldProperties.properties().forEach(property -> {
            String name = property.getKey();
            JsonNode after = newProperties.path(name);
            if (after.isMissingNode()) {
                return;
            }
            compareArgument(tool, name, property.getValue(), after, changes);
            if (!oldRequired.contains(name) && newRequired.contains(name)) {
                changes.add(new SurfaceChange(tool, "argument " + name + " newly required", true, false));
            } else if (oldRequired.contains(name) && !newRequired.contains(name)) {
                changes.add(new SurfaceChange(tool, "argument " + name + " no longer required", false, false));
            }
        });
    }

    /** Whether two bindings such as {@code query os} and {@code query os_version} send to the same part of the request. */
    private static boolean sameLocation(String before, String after) {
        int space = before.indexOf(' ');
        return space > 0 && after.startsWith(before.substring(0, space + 1));
    }

    private static void compareArgument(String tool, String name, JsonNode old, JsonNode now, List<SurfaceChange> changes) {
        int before = changes.size();
        String oldType = type(old);
        String newType = type(now);
        if (!oldType.equals(newType)) {
            changes.add(new SurfaceChange(tool, "argument " + name + ": type " + oldType + " -> " + newType, true, false));
        }
        Set<String> oldEnum = texts(enumOf(old));
        Set<String> newEnum = texts(enumOf(now));
        Set<String> gone = new TreeSet<>(oldEnum);
        gone.removeAll(newEnum);
        Set<String> come = new TreeSet<>(newEnum);
        come.removeAll(oldEnum);
        if (!oldEnum.isEmpty() && newEnum.isEmpty()) {
            changes.add(new SurfaceChange(tool, "argument " + name + ": any value now (was one of " + String.join(", ", oldEnum) + ")", false, false));
        } else if (oldEnum.isEmpty() && !newEnum.isEmpty()) {
            changes.add(new SurfaceChange(tool, "argument " + name + ": only " + String.join(", ", newEnum) + " now", true, false));
        } else {
            if (!gone.isEmpty()) {
                changes.add(new SurfaceChange(tool, "argument " + name + ": values " + String.join(", ", gone) + " removed", true, false));
            }
            if (!come.isEmpty()) {
                changes.add(new SurfaceChange(tool, "argument " + name + ": values " + String.join(", ", come) + " added", false, false));
            }
        }
        if (changes.size() == before && !old.equals(now)) {
            changes.add(new SurfaceChange(tool, "argument " + name + ": schema " + old + " -> " + now, true, false));
        }
    }

    /** {@code string}, {@code integer|null}, {@code array of string}. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        String text = type.isArray() ? String.join("|", texts(type)) : type.asText("any");
        if (text.isEmpty()) {
            text = "any";
        }
        JsonNode items = schema.path("items");
        return items.isMissingNode() ? text : text + " of " + type(items);
    }

    private static JsonNode enumOf(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum");
        }
        return schema.path("items").has("enum") ? schema.path("items").get("enum") : MissingNode.getInstance();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(item -> texts.add(item.isNull() ? "null" : item.asText()));
        return texts;
    }
}

package dev.mdmmcp.codegen.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the actions of an {@link OverlayFile} in order to a document held as a Jackson tree,
 * with JSONPath (Jayway) selecting the targets. {@code update} merges into each target: into an
 * object, its properties are merged recursively (objects into objects, anything else replaces);
 * into an array, the value is appended (an array value: each of its items). {@code remove}
 * deletes each target. An action whose target selects nothing is a problem naming the action,
 * since it means the published description no longer has what the correction was written for.
 */
public final class OverlayApplier {

    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS, Option.ALWAYS_RETURN_LIST)
            .build();
    private static final Configuration NODES = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    /** A problem with one action: its place (e.g. {@code action #2 'Add paging' (line 9)}) and what is wrong. */
    public record ActionProblem(int index, String message) {
    }

    /**
     * Applies every action to {@code document} in place.
     *
     * @return the problems, one per failing action; the document is changed only by the actions without one
     */
    public List<ActionProblem> apply(OverlayFile overlay, ObjectNode document) {
        List<ActionProblem> problems = new ArrayList<>();
        if (!"1.0.0".equals(overlay.overlay()) && !"1.0".equals(overlay.overlay())) {
            problems.add(new ActionProblem(-1, "overlay: '" + overlay.overlay()
                    + "' is not an Overlay version this plugin applies; write overlay: 1.0.0"));
            return problems;
        }
        for (int i = 0; i < overlay.actions().size(); i++) {
            OverlayFile.Action action = overlay.actions().get(i);
            String problem = apply(action, document);
            if (problem != null) {
                problems.add(new ActionProblem(i, problem));
            }
        }
        return problems;
    }

    private static String apply(OverlayFile.Action action, ObjectNode document) {
        if (action == null || action.target() == null || action.target().isBlank()) {
            return "has no target; every action needs a JSONPath target such as $.paths['/devices'].get";
        }
        if (!action.removes() && action.update() == null) {
            return "neither updates nor removes; give it update: <value> or remove: true";
        }
        JsonPath target;
        try {
            target = JsonPath.compile(action.target());
        } catch (InvalidPathException e) {
            return "target " + action.target() + " is not a JSONPath expression: " + e.getMessage();
        }
        List<String> matches = new ArrayList<>();
        JsonNode found = JsonPath.using(PATHS).parse(document).read(target);
        if (found != null) {
            found.forEach(path -> matches.add(path.asText()));
        }
        if (matches.isEmpty()) {
            return "target " + action.target() + " matches nothing in the description; the vendor changed"
                    + " what this correction was written for, or the target is misspelt";
        }
        DocumentContext context = JsonPath.using(NODES).parse(document);
        if (action.removes()) {
            for (String path : matches.reversed()) { // later array items first, so indexes stay valid
                if ("$".equals(path)) {
                    return "target " + action.target() + " selects the whole document, which cannot be removed";
                }
                context.delete(path);
            }
            return null;
        }
        for (String path : matches) {
            JsonNode node = context.read(path);
            if (node instanceof ObjectNode object && action.update().isObject()) {
                merge(object, (ObjectNode) action.update());
            } else if (node instanceof ArrayNode array) {
                if (action.update().isArray()) {
                    action.update().forEach(item -> array.add(item.deepCopy()));
                } else {
                    array.add(action.update().deepCopy());
                }
            } else {
                return "target " + action.target() + " selects " + path + ", "
                        + (node instanceof ObjectNode ? "an object, but update is not an object"
                        : "a single value; update needs an object or an array as target (target its parent instead)");
            }
        }
        return null;
    }

    private static void merge(ObjectNode into, ObjectNode update) {
        update.properties().forEach(property -> {
            JsonNode existing = into.get(property.getKey());
            if (existing instanceof ObjectNode object && property.getValue() instanceof ObjectNode value) {
                merge(object, value);
            } else {
                into.set(property.getKey(), property.getValue().deepCopy());
            }
        });
    }
}

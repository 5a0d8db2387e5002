package dev.mdmmcp.codegen.overlay;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An OpenAPI Overlay 1.0 document ({@code specs/<vendor>/overlay.yaml}) as written: corrections
 * to a published API description, each an action on the nodes a JSONPath expression selects.
 *
 * @param overlay the Overlay version, {@code 1.0.0}
 * @param extendsUrl the description the overlay was written for (informative only)
 */
public record OverlayFile(
        String overlay,
        Info info,
        @JsonProperty("extends") String extendsUrl,
        List<Action> actions) {

    public OverlayFile {
        actions = actions == null ? List.of() : actions;
    }

    /** {@code info:}: what the overlay is. */
    public record Info(String title, String version) {
    }

    /**
     * One action: {@code update} merges a value into every node {@code target} selects; {@code
     * remove: true} removes every such node.
     */
    public record Action(String target, String description, JsonNode update, Boolean remove) {

        boolean removes() {
            return Boolean.TRUE.equals(remove);
        }
    }
}

package dev.mdmmcp.server.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.FieldCurator;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code fields} argument of list and get tools: which fields of each result a call keeps.
 * Without it, the tool's curated fields; with it, only the fields named (a subset of the curated
 * ones, which the tool's input schema lists as an enum, so an unknown name is refused with the
 * valid ones before this is asked); {@code ["*"]}, where the tool's record allows it, keeps the
 * vendor's whole record.
 */
public final class FieldProjection {

    public static final String ARGUMENT = "fields";
    public static final String WHOLE_RECORD = "*";

    private static final FieldCurator WHOLE = new FieldCurator(List.of());

    private FieldProjection() {
    }

    /** The curator of one call of {@code tool} with these validated arguments. */
    public static FieldCurator curatorFor(ToolEntry tool, ObjectNode validated) {
        JsonNode asked = validated.get(ARGUMENT);
        if (asked == null || !asked.isArray() || asked.isEmpty()) {
            return tool.curator();
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode field : asked) {
            if (WHOLE_RECORD.equals(field.asText())) {
                return WHOLE;
            }
            fields.add(field.asText());
        }
        return new FieldCurator(fields);
    }
}

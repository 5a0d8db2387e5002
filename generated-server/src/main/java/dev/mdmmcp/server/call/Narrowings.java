package dev.mdmmcp.server.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.http.ParameterBinding;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.pagination.ArgumentFingerprint;
import dev.mdmmcp.server.projection.FieldProjection;
import dev.mdmmcp.server.result.Narrowing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds how one call could ask for less, for the advice of a result that is too large. Only
 * asked when a result does not fit, so it costs nothing on the usual path.
 */
final class Narrowings {

    /** Enough tools for parts to choose from, not a second catalog. */
    private static final int MAX_PART_TOOLS = 4;

    private Narrowings() {
    }

    /**
     * @param tool the tool called
     * @param validated the call's validated arguments
     * @param catalog the tools of the tool's vendor
     */
    static Narrowing of(ToolEntry tool, ObjectNode validated, VendorCatalog catalog) {
        JsonNode properties = tool.inputSchema().path("properties");
        boolean fields = properties.has(FieldProjection.ARGUMENT);
        JsonNode asked = validated.path(FieldProjection.ARGUMENT);
        boolean wholeRecord = asked.isArray() && asked.size() == 1
                && FieldProjection.WHOLE_RECORD.equals(asked.get(0).asText());
        return new Narrowing(tool.name(), fields, wholeRecord, filters(tool, properties), partTools(tool, catalog));
    }

    /** A list tool's arguments that choose which items come back: all but paging, fields and the path's. */
    private static List<String> filters(ToolEntry tool, JsonNode properties) {
        if (tool.tool().http().pagination() == null) {
            return List.of();
        }
        Set<String> notFilters = tool.tool().http().parametersIn(ParameterLocation.PATH).stream()
                .map(ParameterBinding::argument).collect(Collectors.toCollection(HashSet::new));
        notFilters.addAll(Set.of(ArgumentFingerprint.LIMIT, ArgumentFingerprint.NEXT_CURSOR, FieldProjection.ARGUMENT));
        List<String> filters = new ArrayList<>();
        properties.fieldNames().forEachRemaining(name -> {
            if (!notFilters.contains(name)) {
                filters.add(name);
            }
        });
        return filters;
    }

    /** The vendor's read tools below the tool's path ({@code /devices/{id}} below {@code /devices}), nearest first. */
    private static List<String> partTools(ToolEntry tool, VendorCatalog catalog) {
        String below = tool.tool().http().pathTemplate() + "/";
        return catalog.tools().stream()
                .filter(other -> other.descriptor().method().isRead())
                .filter(other -> other.tool().http().pathTemplate().startsWith(below))
                .sorted(Comparator.comparingInt(other -> other.tool().http().pathTemplate().length()))
                .limit(MAX_PART_TOOLS)
                .map(ToolEntry::name)
                .toList();
    }
}

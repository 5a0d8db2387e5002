package dev.mdmmcp.server.result;

import java.util.List;

/**
 * The ways one call of a tool could ask for less, named when its result is too large.
 *
 * @param tool the tool's name
 * @param fieldsArgument whether the tool takes {@code fields}
 * @param wholeRecordAsked whether this call asked for {@code fields: ["*"]}, the vendor's whole record
 * @param filters the list arguments that narrow which items come back (none for get tools)
 * @param partTools read tools of the same vendor that return parts of the object (its sub-resources)
 */
public record Narrowing(String tool, boolean fieldsArgument, boolean wholeRecordAsked, List<String> filters,
        List<String> partTools) {

    public Narrowing {
        filters = List.copyOf(filters);
        partTools = List.copyOf(partTools);
    }
}

package dev.mdmmcp.codegen.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolHint;
import java.util.List;

/**
 * Everything the emitters need to know about one tool, checked and decided: nothing downstream
 * reads the spec again.
 *
 * @param classStem the tool name in PascalCase, e.g. {@code ListDevices}: the stem of its classes
 * @param description for the model: the record's text plus, for lists, the paging instruction
 * @param recordDescription the record's text alone, for javadoc
 * @param hints the MCP annotations, in {@link ToolHint} order
 * @param arguments path, query, header and body arguments in spec order, then {@code limit} and {@code next_cursor}
 * @param paging how a list pages, or {@code null}
 * @param outputSchema the curated result schema, or {@code null} when the spec gives no response schema
 */
public record ToolModel(
        String vendor,
        String name,
        String classStem,
        String title,
        String description,
        String recordDescription,
        MethodClass method,
        List<String> tags,
        List<ToolHint> hints,
        HttpVerb verb,
        String path,
        List<ArgumentModel> arguments,
        PagingModel paging,
        List<String> fields,
        ObjectNode inputSchema,
        ObjectNode outputSchema) {

    public ToolModel {
        tags = List.copyOf(tags);
        hints = List.copyOf(hints);
        arguments = List.copyOf(arguments);
        fields = List.copyOf(fields);
    }

    /** {@code GET /api/v1/devices}. */
    public String operation() {
        return verb + " " + path;
    }

    public String argumentsClassName() {
        return classStem + "Arguments";
    }

    public String toolClassName() {
        return classStem + "Tool";
    }
}

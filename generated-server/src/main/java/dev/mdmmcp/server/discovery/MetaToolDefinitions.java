package dev.mdmmcp.server.discovery;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What {@code tools/list} of a discovery-mode server says about each meta-tool: short
 * descriptions and schemas, so the whole list stays under 3,000 bytes whatever the catalog.
 * Searching, describing and the read caller are read-only; the write caller is destructive.
 */
final class MetaToolDefinitions {

    private MetaToolDefinitions() {
    }

    static McpSchema.Tool search(SortedSet<String> tags, boolean writes) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("query", property("string", "The task in a few words, e.g. 'macs with outdated docker desktop'."));
        Map<String, Object> tagList = property("array", "Only tools with one of these tags.");
        tagList.put("items", Map.of("type", "string", "enum", List.copyOf(tags)));
        properties.put("tags", tagList);
        Map<String, Object> limit = property("integer", "At most this many tools (default " + DiscoveryTools.DEFAULT_RESULTS
                + ").");
        limit.put("minimum", 1);
        limit.put("maximum", DiscoveryTools.MAX_RESULTS);
        properties.put("limit", limit);
        return tool(DiscoveryTools.SEARCH, "Search tools",
                "Finds this server's tools for a task, best match first: name, title, summary, method class. Start here,"
                        + " read the arguments with describe_tool, then run the tool with call_read_tool"
                        + (writes ? " (reads) or call_write_tool (changes)." : "."),
                schema(properties, "query"), readOnly());
    }

    static McpSchema.Tool describe() {
        return tool(DiscoveryTools.DESCRIBE, "Describe a tool",
                "A tool's full description and input schema. Read it before calling the tool.",
                schema(Map.of("name", property("string", "The tool's name, from search_tools.")), "name"), readOnly());
    }

    static McpSchema.Tool callRead(boolean writes) {
        return tool(DiscoveryTools.CALL_READ, "Call a read tool",
                "Runs a list or get tool with its arguments and returns its result as is, next_cursor included."
                        + (writes ? " Tools that change data go through call_write_tool." : ""),
                callSchema(), new McpSchema.ToolAnnotations("Call a read tool", true, false, true, true, null));
    }

    static McpSchema.Tool callWrite() {
        return tool(DiscoveryTools.CALL_WRITE, "Call a tool that changes data",
                "Runs a create, update, delete or action tool with its arguments and returns its result as is. Describe"
                        + " the tool first; read tools go through call_read_tool.",
                callSchema(), new McpSchema.ToolAnnotations("Call a tool that changes data", false, true, false, true, null));
    }

    private static Map<String, Object> callSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", property("string", "The tool's name."));
        properties.put("arguments", property("object", "The tool's own arguments, as describe_tool gives them."));
        return schema(properties, "name");
    }

    private static McpSchema.ToolAnnotations readOnly() {
        return new McpSchema.ToolAnnotations(null, true, false, true, false, null);
    }

    private static McpSchema.Tool tool(String name, String title, String description, Map<String, Object> schema,
            McpSchema.ToolAnnotations annotations) {
        McpSchema.ToolAnnotations titled = new McpSchema.ToolAnnotations(title, annotations.readOnlyHint(),
                annotations.destructiveHint(), annotations.idempotentHint(), annotations.openWorldHint(), null);
        return McpSchema.Tool.builder(name, schema).title(title).description(description).annotations(titled).build();
    }

    private static Map<String, Object> schema(Map<String, Object> properties, String required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.of(required));
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> property(String type, String description) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", type);
        property.put("description", description);
        return property;
    }
}

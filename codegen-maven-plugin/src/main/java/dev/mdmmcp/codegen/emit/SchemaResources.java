package dev.mdmmcp.codegen.emit;

import dev.mdmmcp.codegen.model.ToolModel;

/** Where a tool's JSON Schemas live on the classpath: {@code mdm-mcp/schemas/<vendor>/<tool>.input.json}. */
public final class SchemaResources {

    public static final String ROOT = "mdm-mcp/schemas/";

    private SchemaResources() {
    }

    public static String input(ToolModel tool) {
        return ROOT + tool.vendor() + "/" + tool.name() + ".input.json";
    }

    public static String output(ToolModel tool) {
        return ROOT + tool.vendor() + "/" + tool.name() + ".output.json";
    }
}

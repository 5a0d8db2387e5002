package dev.mdmmcp.server.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.result.FieldCurator;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.VendorTool;
import dev.mdmmcp.vendor.VendorProfile;
import java.util.Objects;

/**
 * One tool of a catalog together with what the runtime needs beside the generated class: its
 * vendor, its parsed input schema and the curator of its results (made once at startup, not per
 * call).
 *
 * @param vendor the vendor the tool belongs to
 * @param tool the generated tool
 * @param inputSchema the JSON Schema of the tool's arguments
 * @param curator keeps the fields of the tool's record in its results
 */
public record ToolEntry(VendorProfile vendor, VendorTool<?> tool, ObjectNode inputSchema, FieldCurator curator) {

    public ToolEntry {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(curator, "curator");
    }

    public ToolEntry(VendorProfile vendor, VendorTool<?> tool, ObjectNode inputSchema) {
        this(vendor, tool, inputSchema, new FieldCurator(tool.descriptor().fields()));
    }

    public ToolDescriptor descriptor() {
        return tool.descriptor();
    }

    public String name() {
        return tool.descriptor().name();
    }
}

package dev.mdmmcp.server.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.VendorTool;
import dev.mdmmcp.vendor.VendorProfile;
import java.util.Objects;

/**
 * One tool of a catalog together with what the runtime needs beside the generated class: its
 * vendor and its parsed input schema (read once at startup, not per call).
 *
 * @param vendor the vendor the tool belongs to
 * @param tool the generated tool
 * @param inputSchema the JSON Schema of the tool's arguments
 */
public record ToolEntry(VendorProfile vendor, VendorTool<?> tool, ObjectNode inputSchema) {

    public ToolEntry {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(inputSchema, "inputSchema");
    }

    public ToolDescriptor descriptor() {
        return tool.descriptor();
    }

    public String name() {
        return tool.descriptor().name();
    }
}

package dev.mdmmcp.codegen.model;

import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.vendor.VendorProfile;
import java.util.List;

/**
 * One vendor, ready to emit.
 *
 * @param packageName the Java package of its classes, e.g. {@code dev.mdmmcp.vendors.kandji}
 * @param classPrefix the stem of its vendor and catalog classes, e.g. {@code Kandji}
 * @param pagingStyles the paging styles of {@code vendor.yaml}, in file order
 * @param tools the tools, in record order
 * @param unexposed the operations no record exposes, in document order
 * @param warnings things worth knowing that do not stop the build (parser remarks on unexposed operations, ...)
 */
public record VendorModel(
        String id,
        String packageName,
        String classPrefix,
        VendorProfile profile,
        List<PaginationStyle> pagingStyles,
        List<ToolModel> tools,
        List<UnexposedOperation> unexposed,
        List<String> warnings) {

    public VendorModel {
        pagingStyles = List.copyOf(pagingStyles);
        tools = List.copyOf(tools);
        unexposed = List.copyOf(unexposed);
        warnings = List.copyOf(warnings);
    }

    public String vendorClassName() {
        return classPrefix + "Vendor";
    }

    public String catalogClassName() {
        return classPrefix + "Catalog";
    }
}

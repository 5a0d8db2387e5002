package dev.mdmmcp.codegen.spec;

import java.util.List;

/**
 * One {@code specs/<vendor>/} folder, read.
 *
 * @param id the vendor id: the folder's name
 * @param displayDirectory the folder as problems name it, e.g. {@code specs/kandji}
 * @param toolsLines where each record of {@code tools.yaml} starts, for problems
 * @param openApiName the API description as problems name it: {@code specs/kandji/openapi.yaml}, or
 *     {@code specs/acme/openapi/} for several documents
 */
public record VendorFolder(
        String id,
        String displayDirectory,
        VendorFile vendorFile,
        ToolsFile toolsFile,
        YamlLines toolsLines,
        OpenApiDocument openApi,
        String openApiName) {

    public static final String VENDOR_FILE = "vendor.yaml";
    public static final String TOOLS_FILE = "tools.yaml";

    public String vendorFileName() {
        return displayDirectory + "/" + VENDOR_FILE;
    }

    public String toolsFileName() {
        return displayDirectory + "/" + TOOLS_FILE;
    }

    public String openApiFileName() {
        return openApiName;
    }

    /** {@code tool #3 'list_devices' (line 25)}: a record as problems name it. */
    public String recordPlace(int index, String name) {
        return RecordPlace.of(index, name, toolsLines.lineOf(List.of("tools", index)));
    }
}

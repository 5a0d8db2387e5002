package dev.mdmmcp.codegen.report;

import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.tool.MethodClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one log line per vendor:
 * {@code kandji: 24 tools (list 12, get 5, update 1, delete 1, custom 5); 51 operations not exposed (target/mdm-mcp-codegen/kandji-unexposed.txt)}.
 */
public final class VendorSummary {

    private VendorSummary() {
    }

    /**
     * @param reportPath the unexposed-operations report as the reader should find it
     */
    public static String line(VendorModel vendor, String reportPath) {
        Map<MethodClass, Integer> counts = new EnumMap<>(MethodClass.class);
        for (ToolModel tool : vendor.tools()) {
            counts.merge(tool.method(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((method, count) -> parts.add(method.wireName() + " " + count));
        int tools = vendor.tools().size();
        int unexposed = vendor.unexposed().size();
        long unsupported = vendor.unexposed().stream().filter(u -> !u.unsupportedReasons().isEmpty()).count();
        return vendor.id() + ": " + tools + (tools == 1 ? " tool" : " tools")
                + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
                + "; " + unexposed + (unexposed == 1 ? " operation" : " operations") + " not exposed"
                + (unsupported == 0 ? "" : ", " + unsupported + " of them not expressible as tools")
                + " (" + reportPath + ")";
    }
}

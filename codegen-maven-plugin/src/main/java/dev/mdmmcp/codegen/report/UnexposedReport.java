package dev.mdmmcp.codegen.report;

import dev.mdmmcp.codegen.model.UnexposedOperation;
import dev.mdmmcp.codegen.model.VendorModel;

/**
 * The text of {@code <vendor>-unexposed.txt}: every operation without a documentation record,
 * with the reason when a record could not expose it either, then the warnings.
 */
public final class UnexposedReport {

    private UnexposedReport() {
    }

    public static String text(VendorModel vendor, String openApiFile) {
        StringBuilder text = new StringBuilder()
                .append("# ").append(vendor.id()).append(": operations of ").append(openApiFile)
                .append(" without a documentation record, so not exposed as tools\n")
                .append("# ").append(vendor.unexposed().size()).append(" operation(s); ")
                .append("a reason follows those a record could not expose either\n");
        for (UnexposedOperation operation : vendor.unexposed()) {
            text.append(operation.operation());
            if (operation.operationId() != null) {
                text.append("  (").append(operation.operationId()).append(')');
            }
            text.append('\n');
            for (String reason : operation.unsupportedReasons()) {
                text.append("    cannot be a tool: ").append(reason).append('\n');
            }
        }
        if (!vendor.warnings().isEmpty()) {
            text.append("\n# warnings\n");
            vendor.warnings().forEach(warning -> text.append(warning).append('\n'));
        }
        return text.toString();
    }
}

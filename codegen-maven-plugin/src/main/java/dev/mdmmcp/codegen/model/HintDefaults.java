package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.spec.ToolRecord.HintOverrides;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolHint;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The MCP annotations of a tool: the method class's defaults (the table in specs/README.md),
 * then the record's overrides. Every vendor tool reaches outside the server, so OPEN_WORLD always.
 */
public final class HintDefaults {

    private HintDefaults() {
    }

    public static List<ToolHint> hints(MethodClass method, HintOverrides overrides) {
        Set<ToolHint> hints = EnumSet.of(ToolHint.OPEN_WORLD);
        switch (method) {
            case LIST, GET -> {
                hints.add(ToolHint.READ_ONLY);
                hints.add(ToolHint.IDEMPOTENT);
            }
            case UPDATE -> hints.add(ToolHint.IDEMPOTENT);
            case DELETE -> {
                hints.add(ToolHint.DESTRUCTIVE);
                hints.add(ToolHint.IDEMPOTENT);
            }
            case CREATE, CUSTOM -> {
            }
        }
        if (overrides != null) {
            apply(hints, ToolHint.READ_ONLY, overrides.readOnly());
            apply(hints, ToolHint.DESTRUCTIVE, overrides.destructive());
            apply(hints, ToolHint.IDEMPOTENT, overrides.idempotent());
        }
        return List.copyOf(hints);
    }

    private static void apply(Set<ToolHint> hints, ToolHint hint, Boolean value) {
        if (Boolean.TRUE.equals(value)) {
            hints.add(hint);
        } else if (Boolean.FALSE.equals(value)) {
            hints.remove(hint);
        }
    }
}

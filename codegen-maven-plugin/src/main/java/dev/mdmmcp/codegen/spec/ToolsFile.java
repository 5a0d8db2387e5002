package dev.mdmmcp.codegen.spec;

import java.util.Collections;
import java.util.List;

/** {@code specs/<vendor>/tools.yaml}: the documentation records, in file order. */
public record ToolsFile(List<ToolRecord> tools) {

    public ToolsFile {
        tools = tools == null ? List.of() : Collections.unmodifiableList(tools);
    }
}

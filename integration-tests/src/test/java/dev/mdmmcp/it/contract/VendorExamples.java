package dev.mdmmcp.it.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The examples of every documentation record of one vendor folder, by tool name. */
public final class VendorExamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private VendorExamples() {
    }

    public static Map<String, List<ToolExample>> read(Path vendorFolder) {
        Path file = vendorFolder.resolve("tools.yaml");
        try {
            ToolsFile tools = YAML.readValue(Files.readAllBytes(file), ToolsFile.class);
            Map<String, List<ToolExample>> byTool = new LinkedHashMap<>();
            for (Record record : tools.tools()) {
                byTool.put(record.name(), record.examples() == null ? List.of() : record.examples());
            }
            return byTool;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the examples of " + file, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record ToolsFile(List<Record> tools) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Record(String name, List<ToolExample> examples) {
    }
}

package dev.mdmmcp.simulator.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mdmmcp.simulator.VendorSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arguments that call every tool of a vendor against its simulator: the first contract example
 * of each record in {@code specs/<vendor>/tools.yaml}, with the id arguments (device_id,
 * blueprint_id, boardId...) replaced by ids that exist in the simulated tenant. Tests and
 * benchmarks that exercise every tool use it, so they follow the specs as they change.
 */
public final class ToolSamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ToolSamples() {
    }

    /** Tool name to arguments, in the order of the vendor's tools.yaml. */
    public static Map<String, Map<String, Object>> of(Path specsDirectory, VendorSimulator simulator) {
        Path file = specsDirectory.resolve(simulator.vendor()).resolve("tools.yaml");
        JsonNode tools;
        try {
            tools = YAML.readTree(file.toFile()).path("tools");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, Object> known = simulator.sampleArguments();
        Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
        for (JsonNode tool : tools) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            JsonNode example = tool.path("examples").path(0).path("arguments");
            example.properties().forEach(field -> arguments.put(field.getKey(),
                    known.containsKey(field.getKey()) ? known.get(field.getKey()) : YAML.convertValue(field.getValue(), Object.class)));
            samples.put(tool.path("name").asText(), arguments);
        }
        return samples;
    }
}

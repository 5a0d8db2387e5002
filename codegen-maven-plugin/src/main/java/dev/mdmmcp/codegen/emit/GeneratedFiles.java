package dev.mdmmcp.codegen.emit;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one vendor's generation produced, before anything touches the disk: Java sources and
 * resources, each by its path relative to its root ({@code dev/mdmmcp/vendors/kandji/KandjiVendor.java},
 * {@code mdm-mcp/schemas/kandji/list_devices.input.json}), sorted.
 */
public final class GeneratedFiles {

    private final Map<String, byte[]> sources = new TreeMap<>();
    private final Map<String, byte[]> resources = new TreeMap<>();

    public void addSource(String relativePath, String content) {
        sources.put(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public void addResource(String relativePath, String content) {
        resources.put(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public Map<String, byte[]> sources() {
        return Collections.unmodifiableMap(sources);
    }

    public Map<String, byte[]> resources() {
        return Collections.unmodifiableMap(resources);
    }
}

package dev.mdmmcp.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.tool.VendorTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a tool's input schema from the classpath resource its descriptor names. */
final class InputSchemaLoader {

    private final ObjectMapper mapper;

    InputSchemaLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @throws CatalogException when the resource is missing or is not a JSON object
     */
    ObjectNode load(VendorTool<?> tool) {
        String resource = tool.descriptor().inputSchemaResource();
        String where = "tool " + tool.descriptor().vendor() + "/" + tool.descriptor().name();
        // The schema is generated next to the tool class, so its class loader finds it.
        ClassLoader loader = tool.getClass().getClassLoader();
        try (InputStream in = loader.getResourceAsStream(stripLeadingSlash(resource))) {
            if (in == null) {
                throw new CatalogException(where + ": input schema resource '" + resource
                        + "' is not on the classpath; rebuild the generated sources");
            }
            JsonNode schema = mapper.readTree(in);
            if (!(schema instanceof ObjectNode object)) {
                throw new CatalogException(where + ": input schema '" + resource + "' is not a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": cannot read input schema '" + resource + "'", e);
        }
    }

    private static String stripLeadingSlash(String resource) {
        return resource.startsWith("/") ? resource.substring(1) : resource;
    }
}

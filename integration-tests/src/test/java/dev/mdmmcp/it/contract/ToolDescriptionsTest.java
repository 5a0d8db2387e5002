package dev.mdmmcp.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.ServedCatalogsTest;
import dev.mdmmcp.tool.ToolCatalog;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a model reads to choose a tool: every tool of every catalog, as tools/list serves it,
 * has a title and a non-empty description (the conformance suite's tools-list scenario checks
 * descriptions too), and every argument is described.
 */
class ToolDescriptionsTest extends ServedCatalogsTest {

    @Test
    void everyListedToolAndArgumentIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (ToolCatalog catalog : served.catalogs()) {
            String vendor = catalog.vendor().id();
            List<McpSchema.Tool> tools = served.client(vendor).listTools().tools();
            assertThat(tools).as("tools listed for %s", vendor).hasSize(catalog.tools().size());
            for (McpSchema.Tool tool : tools) {
                if (tool.description() == null || tool.description().isBlank()) {
                    undescribed.add(vendor + "/" + tool.name() + ": description");
                }
                if (tool.title() == null || tool.title().isBlank()) {
                    undescribed.add(vendor + "/" + tool.name() + ": title");
                }
                Object properties = tool.inputSchema().get("properties");
                Map<?, ?> arguments = properties instanceof Map<?, ?> map ? map : Map.of();
                arguments.forEach((name, schema) -> {
                    if (!(schema instanceof Map<?, ?> fields) || !(fields.get("description") instanceof String text)
                            || text.isBlank()) {
                        undescribed.add(vendor + "/" + tool.name() + ": argument " + name);
                    }
                });
            }
        }
        assertThat(undescribed).isEmpty();
    }
}

package dev.mdmmcp.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.ToolHint;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code tools}: the catalog as a table for people, or as JSON for review tools and scripts. */
final class ToolListing {

    private static final List<String> HEADINGS = List.of("VENDOR", "NAME", "METHOD", "HTTP", "TITLE");

    private final Catalogs catalogs;

    ToolListing(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    void printTable(PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (VendorCatalog vendor : catalogs.all()) {
            for (ToolEntry tool : vendor.tools()) {
                ToolDescriptor descriptor = tool.descriptor();
                rows.add(List.of(vendor.vendorId(), descriptor.name(), descriptor.method().wireName(),
                        tool.tool().http().verb() + " " + tool.tool().http().pathTemplate(), descriptor.title()));
            }
        }
        int[] widths = new int[HEADINGS.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    void printJson(PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode tools = mapper.createArrayNode();
        for (VendorCatalog vendor : catalogs.all()) {
            for (ToolEntry tool : vendor.tools()) {
                tools.add(describe(mapper, tool));
            }
        }
        out.println(tools.toPrettyString());
    }

    private static ObjectNode describe(ObjectMapper mapper, ToolEntry tool) {
        ToolDescriptor descriptor = tool.descriptor();
        ObjectNode json = mapper.createObjectNode();
        json.put("vendor", descriptor.vendor());
        json.put("name", descriptor.name());
        json.put("title", descriptor.title());
        json.put("method", descriptor.method().wireName());
        ArrayNode tags = json.putArray("tags");
        descriptor.tags().forEach(tags::add);
        ObjectNode http = json.putObject("http");
        http.put("verb", tool.tool().http().verb().name());
        http.put("path", tool.tool().http().pathTemplate());
        tool.tool().http().paginationBinding().ifPresent(paging -> {
            ObjectNode pagination = json.putObject("pagination");
            pagination.put("style", paging.style().name());
            pagination.put("items", paging.itemsPointer());
            pagination.put("default_page_size", paging.style().defaultPageSize());
            pagination.put("max_page_size", paging.style().maxPageSize());
        });
        ArrayNode fields = json.putArray("fields");
        descriptor.fields().forEach(fields::add);
        ObjectNode annotations = json.putObject("annotations");
        annotations.put("readOnlyHint", descriptor.has(ToolHint.READ_ONLY));
        annotations.put("destructiveHint", descriptor.has(ToolHint.DESTRUCTIVE));
        annotations.put("idempotentHint", descriptor.has(ToolHint.IDEMPOTENT));
        annotations.put("openWorldHint", descriptor.has(ToolHint.OPEN_WORLD));
        json.put("description", descriptor.description());
        json.set("inputSchema", tool.inputSchema());
        return json;
    }
}

package dev.mdmmcp.tool;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a client or a filter needs to know about one tool, fixed at build time.
 *
 * @param vendor the vendor id, equal to its folder under {@code specs/}
 * @param name the tool name the model calls, unique within the vendor
 * @param title a short human title
 * @param description the text written for the model, pagination instruction included
 * @param method what the tool does
 * @param tags the documentation record's tags, used by server filters
 * @param hints the MCP annotations
 * @param fields the curated fields returned (dotted paths into an item); empty returns everything
 * @param inputSchemaResource classpath resource of the JSON Schema of the arguments
 * @param outputSchemaResource classpath resource of the JSON Schema of the result, or {@code null}
 */
public record ToolDescriptor(
        String vendor,
        String name,
        String title,
        String description,
        MethodClass method,
        List<String> tags,
        Set<ToolHint> hints,
        List<String> fields,
        String inputSchemaResource,
        String outputSchemaResource) {

    public ToolDescriptor {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(inputSchemaResource, "inputSchemaResource");
        tags = List.copyOf(tags);
        hints = hints.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hints));
        fields = List.copyOf(fields);
    }

    public boolean has(ToolHint hint) {
        return hints.contains(hint);
    }

    public static Builder builder(String vendor, String name) {
        return new Builder(vendor, name);
    }

    /** Builds a descriptor; generated tool classes use it so each property is named. */
    public static final class Builder {
        private final String vendor;
        private final String name;
        private String title;
        private String description;
        private MethodClass method;
        private final List<String> tags = new ArrayList<>();
        private final Set<ToolHint> hints = EnumSet.noneOf(ToolHint.class);
        private final List<String> fields = new ArrayList<>();
        private String inputSchemaResource;
        private String outputSchemaResource;

        private Builder(String vendor, String name) {
            this.vendor = vendor;
            this.name = name;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder method(MethodClass method) {
            this.method = method;
            return this;
        }

        public Builder tags(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        public Builder hints(ToolHint... hints) {
            this.hints.addAll(List.of(hints));
            return this;
        }

        public Builder fields(String... fields) {
            this.fields.addAll(List.of(fields));
            return this;
        }

        public Builder inputSchema(String resource) {
            this.inputSchemaResource = resource;
            return this;
        }

        public Builder outputSchema(String resource) {
            this.outputSchemaResource = resource;
            return this;
        }

        public ToolDescriptor build() {
            return new ToolDescriptor(vendor, name, title, description, method, tags, hints, fields,
                    inputSchemaResource, outputSchemaResource);
        }
    }
}

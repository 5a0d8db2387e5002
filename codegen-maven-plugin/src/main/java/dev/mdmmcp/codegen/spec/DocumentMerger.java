package dev.mdmmcp.codegen.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges the documents of a vendor into one: each document's paths under its base path, the
 * components of all of them. A path two documents both describe, or a component two documents
 * define differently, is a conflict, reported by name with both documents; nothing is merged
 * silently. The first document gives the merged one its info, servers and security.
 */
final class DocumentMerger {

    /** One document to merge: its name as the author knows it, its base path ("" for none) and its content. */
    record Part(String name, String basePath, OpenAPI api) {
    }

    /** The merged document; {@code conflicts} receives one message per conflict. */
    OpenAPI merge(List<Part> parts, List<String> conflicts) {
        OpenAPI merged = new OpenAPI(parts.getFirst().api().getSpecVersion())
                .openapi(parts.getFirst().api().getOpenapi())
                .info(parts.getFirst().api().getInfo())
                .servers(parts.getFirst().api().getServers())
                .security(parts.getFirst().api().getSecurity())
                .externalDocs(parts.getFirst().api().getExternalDocs())
                .paths(new Paths())
                .components(new Components());
        merged.setExtensions(parts.getFirst().api().getExtensions());
        Map<String, String> pathOwners = new LinkedHashMap<>();
        Map<String, String> componentOwners = new LinkedHashMap<>();
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Part part : parts) {
            OpenAPI api = part.api();
            if (api.getSpecVersion() != merged.getSpecVersion()) {
                conflicts.add(part.name() + " is OpenAPI " + api.getOpenapi() + " but " + parts.getFirst().name()
                        + " is " + merged.getOpenapi() + "; documents of one vendor share one OpenAPI version");
            }
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> addPath(merged, part, path, item, pathOwners, conflicts));
            }
            if (api.getTags() != null) {
                api.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            }
            Components components = api.getComponents();
            if (components != null) {
                Components into = merged.getComponents();
                section("schemas", part, components, into, Components::getSchemas, Components::addSchemas, componentOwners, conflicts);
                section("responses", part, components, into, Components::getResponses, Components::addResponses, componentOwners, conflicts);
                section("parameters", part, components, into, Components::getParameters, Components::addParameters, componentOwners, conflicts);
                section("examples", part, components, into, Components::getExamples, Components::addExamples, componentOwners, conflicts);
                section("requestBodies", part, components, into, Components::getRequestBodies, Components::addRequestBodies, componentOwners, conflicts);
                section("headers", part, components, into, Components::getHeaders, Components::addHeaders, componentOwners, conflicts);
                section("securitySchemes", part, components, into, Components::getSecuritySchemes, Components::addSecuritySchemes, componentOwners, conflicts);
                section("links", part, components, into, Components::getLinks, Components::addLinks, componentOwners, conflicts);
                section("callbacks", part, components, into, Components::getCallbacks, Components::addCallbacks, componentOwners, conflicts);
                section("pathItems", part, components, into, Components::getPathItems, Components::addPathItem, componentOwners, conflicts);
            }
        }
        if (!tags.isEmpty()) {
            merged.setTags(new ArrayList<>(tags.values()));
        }
        return merged;
    }

    private static void addPath(OpenAPI merged, Part part, String path, PathItem item, Map<String, String> owners,
            List<String> conflicts) {
        String full = part.basePath() + path;
        String owner = owners.putIfAbsent(full, part.name());
        if (owner != null) {
            conflicts.add("path " + full + " is described by both " + owner + " and " + part.name()
                    + "; remove it from one, or give the documents different base paths in vendor.yaml (documents:)");
            return;
        }
        merged.getPaths().addPathItem(full, item);
    }

    private static <T> void section(String section, Part part, Components from, Components into,
            Function<Components, Map<String, T>> get, Adder<T> add,
            Map<String, String> owners, List<String> conflicts) {
        Map<String, T> entries = get.apply(from);
        if (entries == null) {
            return;
        }
        entries.forEach((name, value) -> {
            String key = section + "/" + name;
            String owner = owners.putIfAbsent(key, part.name());
            if (owner == null) {
                add.accept(into, name, value);
            } else if (!Objects.equals(get.apply(into).get(name), value)) {
                conflicts.add("component " + key + " is defined differently by " + owner + " and " + part.name()
                        + "; make the two definitions equal, or rename one of them");
            }
        });
    }

    @FunctionalInterface
    private interface Adder<T> {
        Components accept(Components components, String name, T value);
    }
}

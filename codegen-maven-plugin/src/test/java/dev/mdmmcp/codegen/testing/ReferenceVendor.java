package dev.mdmmcp.codegen.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.mdmmcp.codegen.model.SpecArgument;
import dev.mdmmcp.codegen.model.SpecArguments;
import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.openapi.OperationIndex;
import dev.mdmmcp.codegen.openapi.OperationSupport;
import dev.mdmmcp.codegen.openapi.ResolvedSchema;
import dev.mdmmcp.codegen.openapi.Responses;
import dev.mdmmcp.codegen.openapi.SchemaKind;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.codegen.spec.OpenApiDocument;
import dev.mdmmcp.codegen.spec.OpenApiReader;
import dev.mdmmcp.codegen.text.HtmlText;
import dev.mdmmcp.codegen.types.MemberNames;
import dev.mdmmcp.pagination.LocalPagination;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a vendor folder out of a full vendor spec by writing a documentation record for every
 * operation that can be a tool, the way a hurried author would: name from the operationId,
 * method from the verb and the response's shape, a generic description, renames where
 * arguments collide. Used to prove the generator copes with real-world specs.
 */
public final class ReferenceVendor {

    public static final String STYLE = "whole_list";
    private static final LocalPagination LOCAL = new LocalPagination(STYLE, 50, 500);
    private static final List<String> LIST_PROPERTIES = List.of("results", "data", "items", "content");

    /**
     * @param operations every operation of the spec, by key
     * @param recorded the operations a record was written for
     */
    public record Written(List<String> operations, List<String> recorded) {
    }

    public static Written write(Path spec, Path vendorFolder, String vendor) throws IOException {
        List<String> failures = new ArrayList<>();
        OpenApiDocument document = new OpenApiReader().read(spec, failures)
                .orElseThrow(() -> new IllegalStateException("cannot read " + spec + ": " + failures));
        SchemaResolver resolver = new SchemaResolver(document.api());
        OperationIndex index = OperationIndex.of(document.api());
        OperationSupport support = new OperationSupport(resolver);
        SpecArguments arguments = new SpecArguments(resolver);

        List<Map<String, Object>> records = new ArrayList<>();
        List<String> recorded = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> classStems = new HashSet<>();
        for (SpecOperation operation : index.all()) {
            if (!support.unsupportedReasons(operation).isEmpty()) {
                continue;
            }
            String name = uniqueName(operation, names, classStems);
            Optional<String> itemsPointer = "GET".equals(operation.verb()) ? itemsPointer(resolver, operation) : Optional.empty();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("name", name);
            record.put("operation", operation.key());
            record.put("method", itemsPointer.isPresent() ? "list" : method(operation));
            record.put("title", title(operation, name));
            record.put("tags", List.of("reference"));
            record.put("description", "Calls " + operation.key() + ". " + Optional.ofNullable(
                    HtmlText.clean(operation.operation().getSummary())).orElse(""));
            itemsPointer.ifPresent(pointer -> record.put("pagination", Map.of("style", STYLE, "items", pointer)));
            Map<String, Object> renames = renames(arguments.of(operation, itemsPointer.isPresent() ? LOCAL : null),
                    itemsPointer.isPresent());
            if (!renames.isEmpty()) {
                record.put("arguments", renames);
            }
            records.add(record);
            recorded.add(operation.key());
        }

        Files.createDirectories(vendorFolder);
        Files.copy(spec, vendorFolder.resolve("openapi.yaml"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        yaml.writeValue(vendorFolder.resolve("tools.yaml").toFile(), Map.of("tools", records));
        Files.writeString(vendorFolder.resolve("vendor.yaml"), """
                vendor: %s
                display_name: %s
                base_url: https://api.example.test
                auth:
                  style: bearer_token
                pagination:
                  %s:
                    style: local
                    default_page_size: 50
                    max_page_size: 500
                """.formatted(vendor, vendor, STYLE));
        return new Written(index.keys(), recorded);
    }

    private static String uniqueName(SpecOperation operation, Set<String> names, Set<String> classStems) {
        String source = operation.operationId() != null ? operation.operationId() : operation.verb() + " " + operation.path();
        String base = JavaNames.snakeName(source);
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("_+$", "");
        }
        String name = base;
        for (int n = 2; names.contains(name) || classStems.contains(JavaNames.typeName(name)); n++) {
            name = base + "_" + n;
        }
        names.add(name);
        classStems.add(JavaNames.typeName(name));
        return name;
    }

    private static String method(SpecOperation operation) {
        return switch (operation.verb()) {
            case "GET" -> "get";
            case "POST" -> "create";
            case "PUT", "PATCH" -> "update";
            case "DELETE" -> "delete";
            default -> "custom";
        };
    }

    private static String title(SpecOperation operation, String name) {
        String summary = HtmlText.clean(operation.operation().getSummary());
        return summary != null ? summary : name.replace('_', ' ');
    }

    /**
     * The array of a GET response: the response itself, or a conventional property of it (which
     * specs derived from examples often leave untyped).
     */
    private static Optional<String> itemsPointer(SchemaResolver resolver, SpecOperation operation) {
        Optional<Schema<?>> response = Responses.successSchema(resolver.api(), operation);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        ResolvedSchema resolved = resolver.resolve(response.get());
        if (resolved.kind() == SchemaKind.ARRAY) {
            return Optional.of("");
        }
        for (String property : LIST_PROPERTIES) {
            Schema<?> schema = resolved.properties().get(property);
            SchemaKind kind = schema == null ? null : resolver.resolve(schema).kind();
            if (kind == SchemaKind.ARRAY || kind == SchemaKind.ANY) {
                return Optional.of("/" + property);
            }
        }
        return Optional.empty();
    }

    /** {@code arguments:} entries renaming every argument whose name (or Java name) is taken. */
    private static Map<String, Object> renames(List<SpecArgument> offered, boolean list) {
        Set<String> taken = new HashSet<>();
        Set<String> takenJava = new HashSet<>();
        if (list) {
            for (String paging : List.of("limit", "next_cursor")) {
                taken.add(paging);
                takenJava.add(MemberNames.javaNameOf(paging));
            }
        }
        Map<String, Object> renames = new LinkedHashMap<>();
        for (SpecArgument argument : offered) {
            String name = argument.defaultName();
            if (taken.contains(name) || takenJava.contains(MemberNames.javaNameOf(name))) {
                String base = argument.locationWord() + "_" + JavaNames.snakeName(name);
                name = base;
                for (int n = 2; taken.contains(name) || takenJava.contains(MemberNames.javaNameOf(name)); n++) {
                    name = base + "_" + n;
                }
                boolean shared = offered.stream().filter(a -> a.wireName().equals(argument.wireName())).count() > 1;
                renames.put(shared ? argument.qualifiedKey() : argument.wireName(), Map.of("name", name));
            }
            taken.add(name);
            takenJava.add(MemberNames.javaNameOf(name));
        }
        return renames;
    }
}

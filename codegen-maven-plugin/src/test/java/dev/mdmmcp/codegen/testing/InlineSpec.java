package dev.mdmmcp.codegen.testing;

import dev.mdmmcp.codegen.openapi.OperationIndex;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.codegen.spec.OpenApiDocument;
import dev.mdmmcp.codegen.spec.OpenApiReader;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small OpenAPI document written in the test itself, read the way the generator reads one. */
public final class InlineSpec {

    private final OpenApiDocument document;

    private InlineSpec(OpenApiDocument document) {
        this.document = document;
    }

    /**
     * @param directory a temporary folder for the file
     * @param pathsAndComponents YAML from {@code paths:} on (indented as at the top level)
     */
    public static InlineSpec of(Path directory, String pathsAndComponents) {
        try {
            Path file = Files.createTempFile(directory, "openapi", ".yaml");
            Files.writeString(file, "openapi: 3.0.3\ninfo: {title: inline, version: '1'}\n" + pathsAndComponents);
            List<String> failures = new ArrayList<>();
            return new InlineSpec(new OpenApiReader().read(file, failures)
                    .orElseThrow(() -> new IllegalArgumentException(String.join("; ", failures))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SchemaResolver resolver() {
        return new SchemaResolver(document.api());
    }

    public SpecOperation operation(String key) {
        return OperationIndex.of(document.api()).find(key).orElseThrow(() -> new IllegalArgumentException(key));
    }

    /** A component schema, as a reference to it. */
    public static Schema<?> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }
}

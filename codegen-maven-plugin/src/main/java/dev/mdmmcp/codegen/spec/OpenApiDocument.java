package dev.mdmmcp.codegen.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;

/**
 * A parsed and normalised {@code openapi.yaml}.
 *
 * @param api the document, with inline schemas and {@code $ref}s as the OpenAPI toolchain leaves them
 * @param messages what the parser found wrong with it, e.g. {@code attribute paths.'/x'(post).foo is unexpected}
 */
public record OpenApiDocument(OpenAPI api, List<String> messages) {

    public OpenApiDocument {
        messages = List.copyOf(messages);
    }
}

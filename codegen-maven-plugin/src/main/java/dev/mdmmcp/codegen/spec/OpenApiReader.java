package dev.mdmmcp.codegen.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * Reads {@code openapi.yaml} with the OpenAPI Generator toolchain (swagger-parser, then OpenAPI
 * Generator's normaliser), so {@code $ref}s, OpenAPI 3.1 type lists and {@code oneOf}-with-null
 * are understood the way the rest of the OpenAPI world understands them.
 */
public final class OpenApiReader {

    /**
     * Normaliser rules: 3.1 type lists become 3.0 types, {@code oneOf [X, null]} becomes a nullable
     * X, and {@code anyOf [string, enum]} a plain string.
     */
    private static final Map<String, String> NORMALIZER_RULES = Map.of(
            "NORMALIZE_31SPEC", "true",
            "SIMPLIFY_ONEOF_ANYOF", "true",
            "SIMPLIFY_BOOLEAN_ENUM", "true",
            "SIMPLIFY_ANYOF_STRING_AND_ENUM_STRING", "true");

    /** The document, or empty with the reasons in {@code failures} when it cannot be parsed. */
    public Optional<OpenApiDocument> read(Path file, List<String> failures) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toAbsolutePath().toString(), null, options);
        List<String> messages = result.getMessages() == null ? List.of() : new ArrayList<>(result.getMessages());
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            failures.add(messages.isEmpty() ? "not an OpenAPI 3 document with paths" : String.join("; ", messages));
            return Optional.empty();
        }
        new Normalizer(api).run();
        return Optional.of(new OpenApiDocument(api, messages));
    }

    /** Opens the normaliser's run, which OpenAPI Generator keeps protected for its own generators. */
    private static final class Normalizer extends OpenAPINormalizer {
        Normalizer(OpenAPI api) {
            super(api, NORMALIZER_RULES);
        }

        void run() {
            normalize();
        }
    }
}

package dev.mdmmcp.codegen.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one API description as its vendor publishes it: OpenAPI 3.0 or 3.1 with swagger-parser,
 * Swagger 2.0 through swagger-parser's own converter to OpenAPI 3.0; YAML or JSON.
 */
final class DocumentReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The document, or empty with the reasons in {@code failures}. */
    Optional<ParsedDocument> read(Path file, List<String> failures) {
        Optional<String> version = declaredVersion(file, failures);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String location = file.toAbsolutePath().toString();
        SwaggerParseResult result;
        if (version.get().startsWith("swagger ")) {
            if (!version.get().equals("swagger 2.0")) {
                failures.add("declares " + version.get() + "; the plugin reads OpenAPI 3.0, OpenAPI 3.1 and Swagger 2.0");
                return Optional.empty();
            }
            result = new SwaggerConverter().readLocation(location, null, options);
        } else if (version.get().startsWith("openapi 3.0") || version.get().startsWith("openapi 3.1")) {
            result = new OpenAPIV3Parser().readLocation(location, null, options);
        } else {
            failures.add("declares " + version.get() + "; the plugin reads OpenAPI 3.0, OpenAPI 3.1 and Swagger 2.0");
            return Optional.empty();
        }
        List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            failures.add("cannot be read as " + version.get() + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
            return Optional.empty();
        }
        return Optional.of(new ParsedDocument(api, messages));
    }

    /** {@code openapi 3.0.3} or {@code swagger 2.0}: what the document says it is. */
    private static Optional<String> declaredVersion(Path file, List<String> failures) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            failures.add("is neither valid YAML nor JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return Optional.empty();
        } catch (IOException e) {
            failures.add("cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            failures.add("is not an API description (its top level is not a mapping)");
            return Optional.empty();
        }
        if (root.hasNonNull("openapi")) {
            return Optional.of("openapi " + root.get("openapi").asText());
        }
        if (root.hasNonNull("swagger")) {
            return Optional.of("swagger " + root.get("swagger").asText());
        }
        failures.add("declares no version: neither 'openapi' (OpenAPI 3.0, 3.1) nor 'swagger' (Swagger 2.0) is set");
        return Optional.empty();
    }

    /** One document as OpenAPI 3, with the parser's remarks. */
    record ParsedDocument(OpenAPI api, List<String> messages) {
    }
}

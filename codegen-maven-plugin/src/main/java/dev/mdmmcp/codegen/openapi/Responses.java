package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * The success response of an operation: the lowest 2xx status that has content, else the
 * {@code default} response (some vendors describe their only answer there).
 */
public final class Responses {

    private Responses() {
    }

    /** The success response's content, or {@code null} when it has none. */
    public static Content successContent(OpenAPI api, SpecOperation operation) {
        if (operation.operation().getResponses() == null) {
            return null;
        }
        Map<String, ApiResponse> sorted = new TreeMap<>(operation.operation().getResponses());
        for (Map.Entry<String, ApiResponse> entry : sorted.entrySet()) {
            if (entry.getKey().startsWith("2")) {
                Content content = contentOf(api, entry.getValue());
                if (content != null) {
                    return content;
                }
            }
        }
        return contentOf(api, sorted.get("default"));
    }

    private static Content contentOf(OpenAPI api, ApiResponse declared) {
        ApiResponse response = declared == null ? null : ModelUtils.getReferencedApiResponse(api, declared);
        return response == null || response.getContent() == null || response.getContent().isEmpty()
                ? null : response.getContent();
    }

    /** The JSON schema of the success response, when the spec gives one. */
    public static Optional<Schema<?>> successSchema(OpenAPI api, SpecOperation operation) {
        return MediaTypes.json(successContent(api, operation)).map(MediaType::getSchema).map(s -> (Schema<?>) s);
    }
}

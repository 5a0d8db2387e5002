package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Optional;
import org.openapitools.codegen.utils.ModelUtils;

/** The JSON request body of an operation, when it has one. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The operation's request body with {@code $ref} followed, or {@code null}. */
    public static RequestBody of(OpenAPI api, SpecOperation operation) {
        RequestBody body = operation.operation().getRequestBody();
        return body == null ? null : ModelUtils.getReferencedRequestBody(api, body);
    }

    /** The schema of the JSON body, when the operation takes one. */
    public static Optional<Schema<?>> jsonSchema(OpenAPI api, SpecOperation operation) {
        RequestBody body = of(api, operation);
        if (body == null) {
            return Optional.empty();
        }
        return MediaTypes.json(body.getContent()).map(MediaType::getSchema).map(s -> (Schema<?>) s);
    }

    public static boolean isRequired(OpenAPI api, SpecOperation operation) {
        RequestBody body = of(api, operation);
        return body != null && Boolean.TRUE.equals(body.getRequired());
    }
}

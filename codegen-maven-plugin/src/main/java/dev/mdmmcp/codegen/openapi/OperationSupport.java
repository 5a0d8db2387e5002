package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which operations a tool cannot express, and why: a tool takes one flat JSON object of
 * arguments and sends path, query, header and JSON-body values; files, cookies and
 * exotic parameter encodings are beyond it.
 */
public final class OperationSupport {

    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BINARY_MEDIA_PREFIXES = Set.of(
            "application/octet-stream", "application/pdf", "application/zip", "image/", "audio/", "video/");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final SchemaResolver schemas;

    public OperationSupport(SchemaResolver schemas) {
        this.schemas = schemas;
    }

    /** Why the operation cannot become a tool; empty when it can. */
    public List<String> unsupportedReasons(SpecOperation operation) {
        List<String> reasons = new ArrayList<>();
        if (!VERBS.contains(operation.verb())) {
            reasons.add(operation.verb() + " is not a verb tools use (GET, POST, PUT, PATCH, DELETE)");
            return reasons;
        }
        Set<String> pathParameters = new LinkedHashSet<>();
        for (Parameter parameter : operation.parameters()) {
            parameterReason(parameter).ifPresent(reasons::add);
            if ("path".equals(parameter.getIn())) {
                pathParameters.add(parameter.getName());
            }
        }
        Matcher variables = PATH_VARIABLE.matcher(operation.path());
        while (variables.find()) {
            if (!pathParameters.contains(variables.group(1))) {
                reasons.add("path variable {" + variables.group(1) + "} has no path parameter");
            }
        }
        bodyReason(operation).ifPresent(reasons::add);
        responseReason(operation).ifPresent(reasons::add);
        return reasons;
    }

    private Optional<String> parameterReason(Parameter parameter) {
        String where = parameter.getIn() + " parameter '" + parameter.getName() + "'";
        if ("cookie".equals(parameter.getIn())) {
            return Optional.of("cookie parameter '" + parameter.getName() + "' (tools send no cookies)");
        }
        if (parameter.getSchema() == null) {
            return Optional.of(parameter.getContent() != null
                    ? where + " is described with `content` instead of a schema"
                    : where + " has no schema");
        }
        String style = parameter.getStyle() == null ? null : parameter.getStyle().toString();
        if (style != null && !style.equals("form") && !style.equals("simple")) {
            return Optional.of(where + " uses style " + style);
        }
        ResolvedSchema schema = schemas.resolve(parameter.getSchema());
        if (schema.kind() == SchemaKind.OBJECT) {
            return Optional.of(where + " is an object");
        }
        if (schema.kind() == SchemaKind.ARRAY) {
            if ("path".equals(parameter.getIn())) {
                return Optional.of(where + " is an array");
            }
            SchemaKind element = schemas.resolve(schema.items()).kind();
            if (element == SchemaKind.OBJECT || element == SchemaKind.ARRAY) {
                return Optional.of(where + " is an array of " + (element == SchemaKind.OBJECT ? "objects" : "arrays"));
            }
        }
        return Optional.empty();
    }

    private Optional<String> bodyReason(SpecOperation operation) {
        RequestBody body = RequestBodies.of(schemas.api(), operation);
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return Optional.empty();
        }
        Content content = body.getContent();
        if (content.keySet().stream().noneMatch(MediaTypes::isJson)) {
            return Optional.of("request body is " + String.join(" or ", content.keySet()) + ", not JSON");
        }
        Schema<?> schema = RequestBodies.jsonSchema(schemas.api(), operation).orElse(null);
        if (schema != null && schemas.resolve(schema).binary()) {
            return Optional.of("request body is binary data");
        }
        return Optional.empty();
    }

    private Optional<String> responseReason(SpecOperation operation) {
        Content content = Responses.successContent(schemas.api(), operation);
        if (content == null || content.keySet().stream().anyMatch(MediaTypes::isJson)) {
            return Optional.empty();
        }
        boolean binary = content.keySet().stream()
                .map(type -> type.toLowerCase(Locale.ROOT))
                .allMatch(type -> BINARY_MEDIA_PREFIXES.stream().anyMatch(type::startsWith));
        return binary
                ? Optional.of("response is a file (" + String.join(", ", content.keySet()) + "), not JSON")
                : Optional.empty();
    }
}

package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.openapi.RequestBodies;
import dev.mdmmcp.codegen.openapi.ResolvedSchema;
import dev.mdmmcp.codegen.openapi.SchemaKind;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.PaginationStyle;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * The arguments an operation offers: its path, query and header parameters, then the top-level
 * properties of a JSON object body (or the whole body as {@code body} when it is not an object).
 * Left out: the parameters a paging style sets itself, the headers OpenAPI says to ignore
 * ({@code Accept}, {@code Content-Type}, {@code Authorization}) and read-only body properties.
 */
public final class SpecArguments {

    /** The argument a non-object body becomes. */
    public static final String BODY_ARGUMENT = "body";

    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");
    private static final List<String> LOCATION_ORDER = List.of("path", "query", "header");

    private final SchemaResolver resolver;

    public SpecArguments(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param paging the operation's paging style, whose parameters are left out, or {@code null}
     */
    public List<SpecArgument> of(SpecOperation operation, PaginationStyle paging) {
        ParameterLocation pagingIn = paging == null ? null : PagingStyles.in(paging);
        Set<String> owned = paging == null ? Set.of() : paging.ownedParameters();
        List<SpecArgument> arguments = new ArrayList<>();
        for (String in : LOCATION_ORDER) {
            for (Parameter parameter : operation.parameters()) {
                if (!in.equals(parameter.getIn()) || isIgnoredHeader(parameter)
                        || pagingIn == ParameterLocation.QUERY && "query".equals(in) && owned.contains(parameter.getName())) {
                    continue;
                }
                arguments.add(parameterArgument(parameter));
            }
        }
        bodySchema(operation).ifPresent(body -> {
            if (body.kind() == SchemaKind.OBJECT && body.hasProperties()) {
                body.properties().forEach((name, schema) -> {
                    boolean pagingProperty = pagingIn == ParameterLocation.BODY_FIELD && owned.contains(name);
                    if (!pagingProperty && !isReadOnly(schema)) {
                        arguments.add(new SpecArgument(name, ParameterLocation.BODY_FIELD, ListFormat.REPEATED,
                                body.required().contains(name), resolver.resolve(schema).description(), schema));
                    }
                });
            } else {
                arguments.add(new SpecArgument(BODY_ARGUMENT, ParameterLocation.BODY, ListFormat.REPEATED,
                        RequestBodies.isRequired(resolver.api(), operation),
                        body.description(), RequestBodies.jsonSchema(resolver.api(), operation).orElseThrow()));
            }
        });
        return arguments;
    }

    /**
     * The parameters of {@code paging} the operation lacks: a style that pages with {@code offset}
     * cannot page an operation without one.
     */
    public List<String> missingPagingParameters(SpecOperation operation, PaginationStyle paging) {
        ParameterLocation in = PagingStyles.in(paging);
        if (in == null) {
            return List.of();
        }
        Set<String> present = new LinkedHashSet<>();
        if (in == ParameterLocation.QUERY) {
            operation.parameters().stream().filter(p -> "query".equals(p.getIn())).forEach(p -> present.add(p.getName()));
        } else {
            bodySchema(operation).ifPresent(body -> present.addAll(body.properties().keySet()));
        }
        return PagingStyles.ownedInOrder(paging).stream().filter(name -> !present.contains(name)).toList();
    }

    private SpecArgument parameterArgument(Parameter parameter) {
        ParameterLocation location = switch (parameter.getIn()) {
            case "path" -> ParameterLocation.PATH;
            case "header" -> ParameterLocation.HEADER;
            default -> ParameterLocation.QUERY;
        };
        boolean commaSeparated = location == ParameterLocation.QUERY && Boolean.FALSE.equals(parameter.getExplode())
                && resolver.resolve(parameter.getSchema()).kind() == SchemaKind.ARRAY;
        boolean required = location == ParameterLocation.PATH || Boolean.TRUE.equals(parameter.getRequired());
        String description = parameter.getDescription() != null
                ? parameter.getDescription()
                : resolver.resolve(parameter.getSchema()).description();
        return new SpecArgument(parameter.getName(), location,
                commaSeparated ? ListFormat.COMMA_SEPARATED : ListFormat.REPEATED, required, description,
                parameter.getSchema());
    }

    private Optional<ResolvedSchema> bodySchema(SpecOperation operation) {
        return RequestBodies.jsonSchema(resolver.api(), operation).map(resolver::resolve);
    }

    private boolean isReadOnly(Schema<?> schema) {
        if (Boolean.TRUE.equals(schema.getReadOnly())) {
            return true;
        }
        if (schema.get$ref() == null) {
            return false;
        }
        Schema<?> target = ModelUtils.getReferencedSchema(resolver.api(), schema);
        return target != null && Boolean.TRUE.equals(target.getReadOnly());
    }

    private static boolean isIgnoredHeader(Parameter parameter) {
        return "header".equals(parameter.getIn()) && IGNORED_HEADERS.contains(parameter.getName().toLowerCase(Locale.ROOT));
    }
}

package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * Turns a schema of the document into a {@link ResolvedSchema} with OpenAPI Generator's
 * {@link ModelUtils}: follows {@code $ref}s, merges {@code allOf}, folds unions.
 */
public final class SchemaResolver {

    private final OpenAPI api;

    public SchemaResolver(OpenAPI api) {
        this.api = api;
    }

    public OpenAPI api() {
        return api;
    }

    /** The component name a schema refers to ({@code Device} for {@code #/components/schemas/Device}), or {@code null}. */
    public static String refName(Schema<?> schema) {
        return schema == null || schema.get$ref() == null ? null : ModelUtils.getSimpleRef(schema.get$ref());
    }

    public ResolvedSchema resolve(Schema<?> schema) {
        return resolve(schema, new HashSet<>());
    }

    private ResolvedSchema resolve(Schema<?> schema, Set<String> following) {
        if (schema == null) {
            return any(null, null);
        }
        String refName = refName(schema);
        Schema<?> target = schema;
        if (refName != null) {
            if (!following.add(refName)) {
                return any(refName, schema.getDescription());
            }
            target = ModelUtils.getReferencedSchema(api, schema);
            if (target == null || target == schema) {
                return any(refName, schema.getDescription());
            }
            ResolvedSchema referenced = resolve(target, following);
            following.remove(refName);
            String description = schema.getDescription() != null ? schema.getDescription() : referenced.description();
            return withRefAndDescription(referenced, referenced.refName() != null ? referenced.refName() : refName, description);
        }
        if (ModelUtils.isAllOf(target) || ModelUtils.hasAllOf(target)) {
            return mergeAllOf(target, following);
        }
        if (ModelUtils.hasOneOf(target) || ModelUtils.hasAnyOf(target)) {
            return foldUnion(target, following);
        }
        return plain(target, null);
    }

    private ResolvedSchema plain(Schema<?> schema, String refName) {
        SchemaKind kind = kindOf(schema);
        Map<String, Schema<?>> properties = properties(schema);
        Schema<?> additional = schema.getAdditionalProperties() instanceof Schema<?> s ? s : null;
        boolean freeForm = kind == SchemaKind.OBJECT
                && (Boolean.TRUE.equals(schema.getAdditionalProperties()) || additional != null && isEmptySchema(additional)
                    || properties.isEmpty() && additional == null);
        return new ResolvedSchema(
                refName,
                kind,
                schema.getFormat(),
                schema.getDescription(),
                enumValues(schema),
                properties,
                schema.getRequired() == null ? Set.of() : new LinkedHashSet<>(schema.getRequired()),
                kind == SchemaKind.ARRAY ? ModelUtils.getSchemaItems(schema) : null,
                additional != null && !isEmptySchema(additional) ? additional : null,
                freeForm,
                schema.getMinimum(),
                schema.getMaximum(),
                schema.getMinLength(),
                schema.getMaxLength(),
                schema.getPattern(),
                schema.getDefault(),
                ModelUtils.isBinarySchema(schema) || ModelUtils.isFileSchema(schema));
    }

    private ResolvedSchema mergeAllOf(Schema<?> schema, Set<String> following) {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        List<ResolvedSchema> parts = new ArrayList<>();
        for (Schema<?> part : schema.getAllOf()) {
            ResolvedSchema resolved = resolve(part, following);
            parts.add(resolved);
            properties.putAll(resolved.properties());
            required.addAll(resolved.required());
        }
        ResolvedSchema own = plain(schema, null);
        properties.putAll(own.properties());
        required.addAll(own.required());

        if (parts.size() == 1 && properties.equals(parts.getFirst().properties()) && own.properties().isEmpty()) {
            // allOf: [$ref] only decorates the reference, usually with a description.
            ResolvedSchema only = parts.getFirst();
            return withRefAndDescription(only, only.refName(), firstNonNull(schema.getDescription(), only.description()));
        }
        boolean object = !properties.isEmpty() || parts.stream().anyMatch(p -> p.kind() == SchemaKind.OBJECT);
        if (!object) {
            ResolvedSchema first = parts.stream().filter(p -> p.kind() != SchemaKind.ANY).findFirst().orElse(own);
            return withRefAndDescription(first, null, firstNonNull(schema.getDescription(), first.description()));
        }
        boolean freeForm = properties.isEmpty();
        return new ResolvedSchema(null, SchemaKind.OBJECT, null,
                firstNonNull(schema.getDescription(), parts.stream().map(ResolvedSchema::description).filter(Objects::nonNull).findFirst().orElse(null)),
                List.of(), properties, required, null, null, freeForm, null, null, null, null, null, null, false);
    }

    /**
     * A {@code oneOf}/{@code anyOf} the normaliser could not simplify: objects fold into one object
     * with every variant's properties, none required; variants of one scalar type fold into that
     * type; anything else has no single type.
     */
    private ResolvedSchema foldUnion(Schema<?> schema, Set<String> following) {
        List<Schema<?>> variantSchemas = new ArrayList<>();
        if (schema.getOneOf() != null) {
            schema.getOneOf().forEach(variantSchemas::add);
        }
        if (schema.getAnyOf() != null) {
            schema.getAnyOf().forEach(variantSchemas::add);
        }
        List<ResolvedSchema> variants = new ArrayList<>();
        for (Schema<?> variant : variantSchemas) {
            ResolvedSchema resolved = resolve(variant, following);
            if (!isNullType(variant)) {
                variants.add(resolved);
            }
        }
        ResolvedSchema own = plain(schema, null);
        if (variants.isEmpty()) {
            return own;
        }
        Set<SchemaKind> kinds = new HashSet<>();
        variants.forEach(v -> kinds.add(v.kind()));
        String description = firstNonNull(schema.getDescription(), variants.getFirst().description());
        if (kinds.equals(Set.of(SchemaKind.OBJECT))) {
            Map<String, Schema<?>> properties = new LinkedHashMap<>(own.properties());
            variants.forEach(v -> v.properties().forEach(properties::putIfAbsent));
            return new ResolvedSchema(null, SchemaKind.OBJECT, null, description, List.of(), properties, Set.of(),
                    null, null, properties.isEmpty(), null, null, null, null, null, null, false);
        }
        if (kinds.size() == 1) {
            ResolvedSchema first = variants.getFirst();
            List<Object> enumValues = variants.stream().allMatch(ResolvedSchema::hasEnum)
                    ? variants.stream().flatMap(v -> v.enumValues().stream()).distinct().toList()
                    : List.of();
            return new ResolvedSchema(null, first.kind(), first.format(), description, enumValues, Map.of(), Set.of(),
                    first.items(), first.additionalProperties(), first.freeForm(), null, null, null, null, null, null,
                    first.binary());
        }
        return any(null, description);
    }

    private static boolean isNullType(Schema<?> schema) {
        return "null".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().equals(Set.of("null"));
    }

    private static SchemaKind kindOf(Schema<?> schema) {
        String type = ModelUtils.getType(schema);
        if (type == null && schema.getTypes() != null) {
            type = schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        if (type == null) {
            if (schema.getProperties() != null && !schema.getProperties().isEmpty() || schema.getAdditionalProperties() != null) {
                return SchemaKind.OBJECT;
            }
            if (schema.getItems() != null) {
                return SchemaKind.ARRAY;
            }
            if (schema.getEnum() != null && !schema.getEnum().isEmpty()
                    && schema.getEnum().stream().allMatch(v -> v == null || v instanceof String)) {
                return SchemaKind.STRING;
            }
            return SchemaKind.ANY;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "object" -> SchemaKind.OBJECT;
            case "array" -> SchemaKind.ARRAY;
            case "string" -> SchemaKind.STRING;
            case "integer" -> SchemaKind.INTEGER;
            case "number" -> SchemaKind.NUMBER;
            case "boolean" -> SchemaKind.BOOLEAN;
            default -> SchemaKind.ANY;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Schema<?>> properties(Schema<?> schema) {
        Map properties = schema.getProperties();
        return properties == null ? Map.of() : new LinkedHashMap<String, Schema<?>>(properties);
    }

    private static List<Object> enumValues(Schema<?> schema) {
        if (schema.getEnum() == null) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        for (Object value : schema.getEnum()) {
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private static boolean isEmptySchema(Schema<?> schema) {
        return schema.get$ref() == null && schema.getType() == null && (schema.getTypes() == null || schema.getTypes().isEmpty())
                && schema.getProperties() == null && schema.getItems() == null && schema.getAllOf() == null
                && schema.getOneOf() == null && schema.getAnyOf() == null;
    }

    private static ResolvedSchema any(String refName, String description) {
        return new ResolvedSchema(refName, SchemaKind.ANY, null, description, List.of(), Map.of(), Set.of(), null, null,
                false, null, null, null, null, null, null, false);
    }

    private static ResolvedSchema withRefAndDescription(ResolvedSchema schema, String refName, String description) {
        return new ResolvedSchema(refName, schema.kind(), schema.format(), description, schema.enumValues(),
                schema.properties(), schema.required(), schema.items(), schema.additionalProperties(), schema.freeForm(),
                schema.minimum(), schema.maximum(), schema.minLength(), schema.maxLength(), schema.pattern(),
                schema.defaultValue(), schema.binary());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}

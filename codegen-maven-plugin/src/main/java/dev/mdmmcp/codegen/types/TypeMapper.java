package dev.mdmmcp.codegen.types;

import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.openapi.ResolvedSchema;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.text.HtmlText;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the {@link ValueType} of a schema: {@code integer} is {@code Integer} ({@code Long}
 * for {@code int64}), {@code number} is {@code Double} ({@code BigDecimal} for {@code decimal}),
 * string enums are enums, arrays lists, objects with properties nested records, objects without
 * maps. A schema that refers back to itself becomes a free-form map at the second visit.
 */
public final class TypeMapper {

    private final SchemaResolver resolver;

    public TypeMapper(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param nameHint the name a nested type would take, e.g. {@code Platform} for the argument {@code platform}
     * @param scope where nested types of this value are declared
     */
    public ValueType map(Schema<?> schema, String nameHint, TypeScope scope) {
        return map(schema, nameHint, scope, new ArrayDeque<>());
    }

    private ValueType map(Schema<?> schema, String nameHint, TypeScope scope, Deque<String> expanding) {
        String refName = SchemaResolver.refName(schema);
        if (refName != null && expanding.contains(refName)) {
            return new MapType(new AnyType());
        }
        ResolvedSchema resolved = resolver.resolve(schema);
        String pushed = refName != null ? refName : resolved.refName();
        if (pushed != null) {
            expanding.push(pushed);
        }
        try {
            return mapResolved(resolved, nameHint, scope, expanding);
        } finally {
            if (pushed != null) {
                expanding.pop();
            }
        }
    }

    private ValueType mapResolved(ResolvedSchema schema, String nameHint, TypeScope scope, Deque<String> expanding) {
        return switch (schema.kind()) {
            case STRING -> schema.hasEnum() && schema.enumValues().stream().allMatch(String.class::isInstance)
                    ? enumType(schema, nameHint, scope)
                    : scalar(ScalarType.Kind.STRING, schema);
            case INTEGER -> scalar("int64".equals(schema.format()) ? ScalarType.Kind.LONG : ScalarType.Kind.INTEGER, schema);
            case NUMBER -> scalar("decimal".equals(schema.format()) ? ScalarType.Kind.BIG_DECIMAL : ScalarType.Kind.DOUBLE, schema);
            case BOOLEAN -> scalar(ScalarType.Kind.BOOLEAN, schema);
            case ARRAY -> new ListType(schema.items() == null
                    ? new AnyType()
                    : map(schema.items(), JavaNames.typeName(JavaNames.singular(nameHint)), scope, expanding));
            case OBJECT -> objectType(schema, nameHint, scope, expanding);
            case ANY -> new AnyType();
        };
    }

    private ValueType objectType(ResolvedSchema schema, String nameHint, TypeScope scope, Deque<String> expanding) {
        if (!schema.hasProperties()) {
            return new MapType(schema.additionalProperties() == null
                    ? new AnyType()
                    : map(schema.additionalProperties(), nameHint + "Value", scope, expanding));
        }
        String simpleName = scope.allocate(JavaNames.typeName(nameHint));
        TypeScope inner = scope.nested(simpleName);
        MemberNames members = new MemberNames();
        List<RecordType.Property> properties = new ArrayList<>();
        for (Map.Entry<String, Schema<?>> property : schema.properties().entrySet()) {
            String wireName = property.getKey();
            ValueType type = map(property.getValue(), JavaNames.typeName(wireName), inner, expanding);
            String description = HtmlText.clean(resolver.resolve(property.getValue()).description());
            properties.add(new RecordType.Property(wireName, members.allocate(wireName), type, description,
                    schema.required().contains(wireName)));
        }
        return new RecordType(simpleName, HtmlText.clean(schema.description()), properties);
    }

    private static ValueType enumType(ResolvedSchema schema, String nameHint, TypeScope scope) {
        Set<String> taken = new HashSet<>();
        List<EnumType.Constant> constants = new ArrayList<>();
        for (Object value : schema.enumValues()) {
            String wire = (String) value;
            String base = JavaNames.constantName(wire);
            String name = base;
            for (int n = 2; !taken.add(name); n++) {
                name = base + "_" + n;
            }
            constants.add(new EnumType.Constant(name, wire));
        }
        return new EnumType(scope.allocate(JavaNames.typeName(nameHint)), constants);
    }

    private static ScalarType scalar(ScalarType.Kind kind, ResolvedSchema schema) {
        return new ScalarType(kind, schema.format(), schema.minimum(), schema.maximum(), schema.minLength(),
                schema.maxLength(), schema.pattern(), schema.defaultValue(), schema.enumValues());
    }
}

package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.mdmmcp.codegen.types.AnyType;
import dev.mdmmcp.codegen.types.EnumType;
import dev.mdmmcp.codegen.types.ListType;
import dev.mdmmcp.codegen.types.MapType;
import dev.mdmmcp.codegen.types.RecordType;
import dev.mdmmcp.codegen.types.ScalarType;
import dev.mdmmcp.codegen.types.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Java type of a {@link ValueType}, and the nested types a generated type must declare. */
final class JavaTypes {

    private JavaTypes() {
    }

    /**
     * @param enclosing the type in which the nested records and enums of {@code type} are declared
     */
    static TypeName of(ValueType type, ClassName enclosing) {
        return switch (type) {
            case ScalarType scalar -> switch (scalar.kind()) {
                case STRING -> ClassName.get(String.class);
                case INTEGER -> ClassName.get(Integer.class);
                case LONG -> ClassName.get(Long.class);
                case DOUBLE -> ClassName.get(Double.class);
                case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
                case BOOLEAN -> ClassName.get(Boolean.class);
            };
            case EnumType enumType -> enclosing.nestedClass(enumType.simpleName());
            case RecordType record -> enclosing.nestedClass(record.simpleName());
            case ListType list -> ParameterizedTypeName.get(ClassName.get(List.class), of(list.element(), enclosing));
            case MapType map -> ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    of(map.value(), enclosing));
            case AnyType any -> ClassName.get(Object.class);
        };
    }

    /** The records and enums that values of these types need declared in their enclosing type, in order. */
    static List<ValueType> nestedDeclarations(List<ValueType> types) {
        List<ValueType> declarations = new ArrayList<>();
        types.forEach(type -> collect(type, declarations));
        return declarations;
    }

    private static void collect(ValueType type, List<ValueType> declarations) {
        switch (type) {
            case EnumType enumType -> declarations.add(enumType);
            case RecordType record -> declarations.add(record);
            case ListType list -> collect(list.element(), declarations);
            case MapType map -> collect(map.value(), declarations);
            case ScalarType scalar -> {
            }
            case AnyType any -> {
            }
        }
    }
}

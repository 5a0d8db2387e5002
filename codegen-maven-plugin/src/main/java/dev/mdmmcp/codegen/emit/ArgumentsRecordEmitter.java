package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.mdmmcp.codegen.model.ArgumentModel;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.types.EnumType;
import dev.mdmmcp.codegen.types.RecordType;
import dev.mdmmcp.codegen.types.ValueType;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits a tool's argument record, e.g. {@code ListDevicesArguments}: one component per argument
 * in spec order, each carrying its JSON name, with nested records for object arguments and
 * nested enums for string enums. List tools' records implement {@code PagedArguments}.
 */
final class ArgumentsRecordEmitter {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    JavaFile emit(ToolModel tool, String packageName) {
        ClassName type = ClassName.get(packageName, tool.argumentsClassName());
        TypeSpec.Builder record = TypeSpec.recordBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Generated.ANNOTATION)
                .addJavadoc("Arguments of {@code $L}: $L\n", tool.name(), Javadoc.text(sentence(tool.title())));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        StringBuilder params = new StringBuilder();
        for (ArgumentModel argument : tool.arguments()) {
            constructor.addParameter(component(argument.javaName(), argument.name(), argument.type(), type));
            params.append('\n').append(param(argument.javaName(), argument.description(), argument.name(), "argument"));
        }
        if (!params.isEmpty()) {
            record.addJavadoc("$L\n", params.toString());
        }
        record.recordConstructor(constructor.build());
        if (tool.paging() != null) {
            record.addSuperinterface(RuntimeTypes.PAGED_ARGUMENTS);
        }
        List<ValueType> types = tool.arguments().stream().map(ArgumentModel::type).toList();
        for (ValueType nested : JavaTypes.nestedDeclarations(types)) {
            record.addType(nestedType(nested, type));
        }
        return JavaFile.builder(packageName, record.build()).indent("    ").skipJavaLangImports(true).build();
    }

    private static ParameterSpec component(String javaName, String jsonName, ValueType valueType, ClassName enclosing) {
        return ParameterSpec.builder(JavaTypes.of(valueType, enclosing), javaName)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_PROPERTY).addMember("value", "$S", jsonName).build())
                .build();
    }

    private static TypeSpec nestedType(ValueType type, ClassName enclosing) {
        return switch (type) {
            case RecordType record -> nestedRecord(record, enclosing.nestedClass(record.simpleName()));
            case EnumType enumType -> nestedEnum(enumType, enclosing.nestedClass(enumType.simpleName()));
            default -> throw new IllegalArgumentException("not a declared type: " + type);
        };
    }

    /** A JSON object with known properties; absent properties stay out of the JSON the runtime sends. */
    private static TypeSpec nestedRecord(RecordType recordType, ClassName type) {
        TypeSpec.Builder record = TypeSpec.recordBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_INCLUDE)
                        .addMember("value", "$T.NON_NULL", RuntimeTypes.JSON_INCLUDE_INCLUDE).build());
        StringBuilder javadoc = new StringBuilder(recordType.description() != null
                ? Javadoc.text(recordType.description())
                : "The {@code " + type.simpleName() + "} object.");
        javadoc.append('\n');
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (RecordType.Property property : recordType.properties()) {
            constructor.addParameter(component(property.javaName(), property.wireName(), property.type(), type));
            javadoc.append('\n').append(param(property.javaName(), property.description(), property.wireName(), "property"));
        }
        record.addJavadoc("$L\n", javadoc.toString());
        record.recordConstructor(constructor.build());
        for (ValueType nested : JavaTypes.nestedDeclarations(recordType.properties().stream().map(RecordType.Property::type).toList())) {
            record.addType(nestedType(nested, type));
        }
        return record.build();
    }

    /** A string enum whose constants know their wire value; Jackson reads and writes that value. */
    private static TypeSpec nestedEnum(EnumType enumType, ClassName type) {
        TypeSpec.Builder builder = TypeSpec.enumBuilder(type)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values the vendor accepts, each with its wire value.\n")
                .addSuperinterface(RuntimeTypes.WIRE_VALUE);
        for (EnumType.Constant constant : enumType.constants()) {
            builder.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.wireValue()).build());
        }
        return builder
                .addField(FieldSpec.builder(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "wireValue")
                        .addStatement("this.wireValue = wireValue")
                        .build())
                .addMethod(MethodSpec.methodBuilder("wireValue")
                        .addAnnotation(RuntimeTypes.JSON_VALUE)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return wireValue")
                        .build())
                .build();
    }

    /** {@code @param name description}, or {@code @param name the {@code x} argument} when the spec says nothing. */
    private static String param(String javaName, String description, String jsonName, String what) {
        if (description != null) {
            return Javadoc.param(javaName, description);
        }
        return "@param " + javaName + (PLAIN_NAME.matcher(jsonName).matches()
                ? " the {@code " + jsonName + "} " + what
                : " " + Javadoc.text("the '" + jsonName + "' " + what));
    }

    private static String sentence(String title) {
        return title.endsWith(".") ? title : title + ".";
    }
}

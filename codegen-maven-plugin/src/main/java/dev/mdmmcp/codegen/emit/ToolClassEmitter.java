package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.mdmmcp.codegen.model.ArgumentModel;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.http.ListFormat;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a tool class, e.g. {@code ListDevicesTool}: its descriptor and its HTTP binding as two
 * constants built once, and the three accessors of {@code VendorTool}.
 */
final class ToolClassEmitter {

    JavaFile emit(ToolModel tool, String packageName, ClassName vendorClass) {
        ClassName arguments = ClassName.get(packageName, tool.argumentsClassName());
        TypeName bindingType = ParameterizedTypeName.get(RuntimeTypes.HTTP_BINDING, arguments);
        TypeSpec type = TypeSpec.classBuilder(ClassName.get(packageName, tool.toolClassName()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.VENDOR_TOOL, arguments))
                .addJavadoc("$L\n\n$L\n\n<p>Calls {@code $L}.\n", Javadoc.text(sentence(tool.title())),
                        Javadoc.paragraphs(tool.recordDescription()).replaceFirst("^", "<p>"), tool.operation())
                .addField(FieldSpec.builder(RuntimeTypes.TOOL_DESCRIPTOR, "DESCRIPTOR", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(descriptor(tool))
                        .build())
                .addField(FieldSpec.builder(bindingType, "HTTP", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(binding(tool, arguments, vendorClass))
                        .build())
                .addMethod(MethodSpec.methodBuilder("descriptor")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.TOOL_DESCRIPTOR)
                        .addStatement("return DESCRIPTOR")
                        .build())
                .addMethod(MethodSpec.methodBuilder("argumentsType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), arguments))
                        .addStatement("return $T.class", arguments)
                        .build())
                .addMethod(MethodSpec.methodBuilder("http")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(bindingType)
                        .addStatement("return HTTP")
                        .build())
                .build();
        return JavaFile.builder(packageName, type).indent("    ").skipJavaLangImports(true).build();
    }

    private static CodeBlock descriptor(ToolModel tool) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T.builder($S, $S)$>$>", RuntimeTypes.TOOL_DESCRIPTOR, tool.vendor(), tool.name())
                .add("\n.title($S)", tool.title())
                .add("\n.description($L)", StringLiterals.of(tool.description()))
                .add("\n.method($T.$L)", RuntimeTypes.METHOD_CLASS, tool.method().name())
                .add("\n.tags($L)", strings(tool.tags()));
        code.add("\n.hints($L)", tool.hints().stream()
                .map(hint -> CodeBlock.of("$T.$L", RuntimeTypes.TOOL_HINT, hint.name()))
                .collect(CodeBlock.joining(",$W")));
        if (!tool.fields().isEmpty()) {
            code.add("\n.fields($L)", strings(tool.fields()));
        }
        code.add("\n.inputSchema($S)", SchemaResources.input(tool));
        if (tool.outputSchema() != null) {
            code.add("\n.outputSchema($S)", SchemaResources.output(tool));
        }
        return code.add("\n.build()$<$<").build();
    }

    private static CodeBlock binding(ToolModel tool, ClassName arguments, ClassName vendorClass) {
        // $Z: JavaPoet breaks before .builder(...) when the first line would pass its column limit.
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$T$Z.builder($T.class, $T.$L, $S)$>$>",
                        RuntimeTypes.HTTP_BINDING, arguments, RuntimeTypes.HTTP_VERB, tool.verb().name(), tool.path());
        for (ArgumentModel argument : tool.arguments()) {
            if (argument.isServerSide()) {
                continue;
            }
            CodeBlock accessor = CodeBlock.of("$T::$L", arguments, argument.javaName());
            String method = switch (argument.location()) {
                case PATH -> "path";
                case QUERY -> argument.listFormat() == ListFormat.COMMA_SEPARATED ? "queryCommaSeparated" : "query";
                case HEADER -> "header";
                case BODY_FIELD -> "bodyField";
                case BODY -> "body";
            };
            boolean named = argument.isRenamed() || "header".equals(method);
            if ("body".equals(method)) {
                code.add("\n.body($S, $L)", argument.name(), accessor);
            } else if (named) {
                code.add("\n.$L($S, $S, $L)", method, argument.wireName(), argument.name(), accessor);
            } else {
                code.add("\n.$L($S, $L)", method, argument.wireName(), accessor);
            }
        }
        if (tool.paging() != null) {
            code.add("\n.paginated($T.$L, $S)", vendorClass, JavaNames.constantName(tool.paging().style().name()),
                    tool.paging().itemsPointer());
        }
        return code.add("\n.build()$<$<").build();
    }

    private static CodeBlock strings(List<String> values) {
        return values.stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(",$W"));
    }

    private static String sentence(String title) {
        return title.endsWith(".") ? title : title + ".";
    }
}

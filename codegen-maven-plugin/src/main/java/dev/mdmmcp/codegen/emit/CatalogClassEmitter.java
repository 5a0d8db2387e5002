package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.VendorModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Emits the vendor's catalog, e.g. {@code KandjiCatalog}: its tools in record order, found by ServiceLoader. */
final class CatalogClassEmitter {

    JavaFile emit(VendorModel vendor) {
        ClassName vendorClass = ClassName.get(vendor.packageName(), vendor.vendorClassName());
        TypeName toolList = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(RuntimeTypes.VENDOR_TOOL, WildcardTypeName.subtypeOf(Object.class)));
        CodeBlock.Builder tools = CodeBlock.builder().add("$T.of($>$>", List.class);
        for (int i = 0; i < vendor.tools().size(); i++) {
            ToolModel tool = vendor.tools().get(i);
            tools.add("\nnew $T()$L", ClassName.get(vendor.packageName(), tool.toolClassName()),
                    i + 1 < vendor.tools().size() ? "," : "");
        }
        tools.add(")$<$<");
        TypeSpec type = TypeSpec.classBuilder(ClassName.get(vendor.packageName(), vendor.catalogClassName()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Generated.ANNOTATION)
                .addSuperinterface(RuntimeTypes.TOOL_CATALOG)
                .addJavadoc("The $L tools of $L, in the order of {@code specs/$L/tools.yaml}.\n",
                        vendor.tools().size(), Javadoc.text(vendor.profile().displayName()), vendor.id())
                .addField(FieldSpec.builder(toolList, "TOOLS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(tools.build())
                        .build())
                .addMethod(MethodSpec.methodBuilder("vendor")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.VENDOR_PROFILE)
                        .addStatement("return $T.PROFILE", vendorClass)
                        .build())
                .addMethod(MethodSpec.methodBuilder("tools")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(toolList)
                        .addStatement("return TOOLS")
                        .build())
                .build();
        return JavaFile.builder(vendor.packageName(), type).indent("    ").skipJavaLangImports(true).build();
    }
}

package dev.mdmmcp.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.VendorModel;

/**
 * Emits everything of one vendor: per tool an argument record, a tool class and its schemas;
 * the vendor class and the catalog.
 */
public final class VendorEmitter {

    private final ArgumentsRecordEmitter argumentsRecords = new ArgumentsRecordEmitter();
    private final ToolClassEmitter toolClasses = new ToolClassEmitter();
    private final VendorClassEmitter vendorClass = new VendorClassEmitter();
    private final CatalogClassEmitter catalogClass = new CatalogClassEmitter();

    public GeneratedFiles emit(VendorModel vendor) {
        GeneratedFiles files = new GeneratedFiles();
        ClassName vendorClassName = ClassName.get(vendor.packageName(), vendor.vendorClassName());
        add(files, vendorClass.emit(vendor));
        add(files, catalogClass.emit(vendor));
        for (ToolModel tool : vendor.tools()) {
            add(files, argumentsRecords.emit(tool, vendor.packageName()));
            add(files, toolClasses.emit(tool, vendor.packageName(), vendorClassName));
            files.addResource(SchemaResources.input(tool), JsonFiles.pretty(tool.inputSchema()));
            if (tool.outputSchema() != null) {
                files.addResource(SchemaResources.output(tool), JsonFiles.pretty(tool.outputSchema()));
            }
        }
        return files;
    }

    /** The catalog's fully qualified name, as the ServiceLoader file lists it. */
    public static String catalogClassName(VendorModel vendor) {
        return vendor.packageName() + "." + vendor.catalogClassName();
    }

    private static void add(GeneratedFiles files, JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        files.addSource(path, file.toString());
    }
}

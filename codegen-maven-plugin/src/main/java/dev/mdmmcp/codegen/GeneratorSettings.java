package dev.mdmmcp.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to generate and where.
 *
 * @param specsDirectory the folder holding one folder per vendor
 * @param vendors the vendors to generate; empty means every folder with a {@code vendor.yaml}
 * @param basePackage the package the vendor packages go under, e.g. {@code dev.mdmmcp.vendors}
 * @param outputDirectory the root of generated Java sources
 * @param resourcesDirectory the root of generated resources (schemas, the ServiceLoader file)
 * @param workDirectory where state and reports go, e.g. {@code target/mdm-mcp-codegen}
 * @param baseDirectory paths below it are shown relative to it in the log
 * @param generatorVersion the plugin's version, part of every fingerprint
 * @param acceptToolChanges whether a changed tool surface rewrites {@code tools.lock.json} instead of stopping the build
 */
public record GeneratorSettings(
        Path specsDirectory,
        List<String> vendors,
        String basePackage,
        Path outputDirectory,
        Path resourcesDirectory,
        Path workDirectory,
        Path baseDirectory,
        String generatorVersion,
        boolean acceptToolChanges) {

    public GeneratorSettings {
        Objects.requireNonNull(specsDirectory, "specsDirectory");
        vendors = vendors == null ? List.of() : List.copyOf(vendors);
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(resourcesDirectory, "resourcesDirectory");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
    }

    /** Settings that stop the build when a tool surface changed. */
    public GeneratorSettings(Path specsDirectory, List<String> vendors, String basePackage, Path outputDirectory,
            Path resourcesDirectory, Path workDirectory, Path baseDirectory, String generatorVersion) {
        this(specsDirectory, vendors, basePackage, outputDirectory, resourcesDirectory, workDirectory, baseDirectory,
                generatorVersion, false);
    }

    /** These settings, accepting tool surface changes or not. */
    public GeneratorSettings acceptingToolChanges(boolean accept) {
        return new GeneratorSettings(specsDirectory, vendors, basePackage, outputDirectory, resourcesDirectory,
                workDirectory, baseDirectory, generatorVersion, accept);
    }

    public static final String DEFAULT_BASE_PACKAGE = "dev.mdmmcp.vendors";
}

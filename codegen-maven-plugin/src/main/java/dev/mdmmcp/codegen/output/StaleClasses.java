package dev.mdmmcp.codegen.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Removes what the build made of deleted generated files: the classes compiled from a deleted
 * source ({@code X.class} and its nested {@code X$*.class}) and the copy of a deleted resource in
 * the classes directory. Without this a renamed tool's old class and schema stayed in the jar
 * until {@code mvn clean}.
 */
public final class StaleClasses {

    private StaleClasses() {
    }

    /** @return how many files were deleted */
    public static int remove(Path classesDirectory, Collection<String> deletedSources, Collection<String> deletedResources)
            throws IOException {
        if (!Files.isDirectory(classesDirectory)) {
            return 0;
        }
        int deleted = 0;
        for (String source : deletedSources) {
            if (!source.endsWith(".java")) {
                continue;
            }
            Path compiled = classesDirectory.resolve(source.substring(0, source.length() - ".java".length()) + ".class");
            Path folder = compiled.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            String stem = compiled.getFileName().toString().replace(".class", "");
            try (DirectoryStream<Path> classes = Files.newDirectoryStream(folder, stem + ".class")) {
                for (Path file : classes) {
                    deleted += Files.deleteIfExists(file) ? 1 : 0;
                }
            }
            try (DirectoryStream<Path> nested = Files.newDirectoryStream(folder, stem + "$*.class")) {
                for (Path file : nested) {
                    deleted += Files.deleteIfExists(file) ? 1 : 0;
                }
            }
        }
        for (String resource : deletedResources) {
            deleted += Files.deleteIfExists(classesDirectory.resolve(resource)) ? 1 : 0;
        }
        return deleted;
    }
}

package dev.mdmmcp.it.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds a vendor's folder: the project's specs/, or this module's test-only vendors. */
final class VendorFolders {

    private VendorFolders() {
    }

    /** Every vendor with a folder: the project's and this module's test-only ones. */
    static List<String> all() {
        return Stream.of("mdm-mcp.specs.directory", "mdm-mcp.test-specs.directory")
                .map(System::getProperty)
                .map(Path::of)
                .flatMap(VendorFolders::vendorsIn)
                .sorted()
                .toList();
    }

    private static Stream<String> vendorsIn(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("vendor.yaml")))
                    .map(child -> child.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path of(String vendor) {
        return Stream.of("mdm-mcp.specs.directory", "mdm-mcp.test-specs.directory")
                .map(System::getProperty)
                .map(root -> Path.of(root, vendor))
                .filter(folder -> Files.isRegularFile(folder.resolve("tools.yaml")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no folder with tools.yaml for vendor " + vendor));
    }
}

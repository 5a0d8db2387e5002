package dev.mdmmcp.it.contract;

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
        return dev.mdmmcp.testing.VendorFolders.in(Stream.of("mdm-mcp.specs.directory", "mdm-mcp.test-specs.directory")
                .map(System::getProperty).map(Path::of).toArray(Path[]::new));
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

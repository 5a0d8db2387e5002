package dev.mdmmcp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The vendors a test's classpath carries, found the way the codegen plugin finds them: every
 * folder with a vendor.yaml in the folders given (specs/, a module's test-only vendors). Tests
 * compare with this instead of naming vendors, so adding a vendor folder needs no test change.
 */
public final class VendorFolders {

    private VendorFolders() {
    }

    /** Every vendor id of the folders given, sorted. */
    public static List<String> in(Path... roots) {
        return Stream.of(roots).flatMap(VendorFolders::vendorsIn).sorted().toList();
    }

    private static Stream<String> vendorsIn(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("vendor.yaml")))
                    .map(child -> child.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

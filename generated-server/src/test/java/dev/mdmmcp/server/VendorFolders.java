package dev.mdmmcp.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The vendors the tests' classpath carries, found the way the codegen plugin finds them: every
 * folder with a vendor.yaml under specs/ and under this module's src/test/specs. Tests compare
 * with this instead of naming vendors, so adding a vendor folder needs no test change.
 */
public final class VendorFolders {

    private VendorFolders() {
    }

    /** Every vendor id, sorted. */
    public static List<String> all() {
        return Stream.of(Path.of(System.getProperty("mdm-mcp.specs.directory")), Path.of("src/test/specs"))
                .flatMap(VendorFolders::vendorsIn).sorted().toList();
    }

    private static Stream<String> vendorsIn(Path specs) {
        try (Stream<Path> children = Files.list(specs)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("vendor.yaml")))
                    .map(child -> child.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.mdmmcp.server;

import java.nio.file.Path;
import java.util.List;

/** The vendors of this module's tests: those of specs/ and the fixtures of src/test/specs. */
public final class VendorFolders {

    private VendorFolders() {
    }

    /** Every vendor id, sorted. */
    public static List<String> all() {
        return dev.mdmmcp.testing.VendorFolders.in(Path.of(System.getProperty("mdm-mcp.specs.directory")),
                Path.of("src/test/specs"));
    }
}

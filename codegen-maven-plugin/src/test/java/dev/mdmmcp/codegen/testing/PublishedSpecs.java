package dev.mdmmcp.codegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The vendors' published API descriptions, read at test time from the folder the build names in
 * {@value #DIRECTORY_PROPERTY} ({@code ../shared/reference/vendor-specs}); never copied into the project.
 */
public final class PublishedSpecs {

    public static final String DIRECTORY_PROPERTY = "mdm-mcp.reference.directory";

    private PublishedSpecs() {
    }

    /** The published description {@code fileName}; the calling test is skipped, saying why, when it is not there. */
    public static Path require(String fileName) {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path published = configured == null ? null : Path.of(configured, fileName);
        Assumptions.assumeTrue(published != null && Files.isRegularFile(published),
                "reference spec not found: set -D" + DIRECTORY_PROPERTY + " to a folder holding " + fileName);
        return published;
    }
}

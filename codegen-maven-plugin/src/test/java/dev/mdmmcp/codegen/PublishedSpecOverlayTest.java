package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.codegen.lock.SurfaceChange;
import dev.mdmmcp.codegen.lock.ToolSurface;
import dev.mdmmcp.codegen.lock.ToolSurfaceDiff;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.testing.Models;
import dev.mdmmcp.codegen.testing.PublishedSpecs;
import dev.mdmmcp.codegen.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our tools stand on the vendors' own published descriptions: the reference copy of each
 * (read at test time, never part of the project), corrected by the overlay we keep in
 * {@code specs/<vendor>/published-overlay.yaml}, gives the very tool surface our own
 * {@code openapi.yaml} gives, but for the differences listed here with their reason.
 */
class PublishedSpecOverlayTest {

    private static final String OVERLAY = "published-overlay.yaml";

    /**
     * Differences between the two surfaces, by {@code vendor tool: change}, and why they are right;
     * none today: every difference is corrected by the overlays.
     */
    private static final Map<String, String> EXPECTED_DIFFERENCES = Map.of();

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kandji, kandji-api-v1.yaml", "ninjaone, ninjaone-public-api-2.0.9.yaml"})
    void thePublishedDescriptionWithOurOverlayGivesOurToolSurface(String vendor, String published) throws Exception {
        Path reference = PublishedSpecs.require(published);
        Path ours = Path.of(System.getProperty("mdm-mcp.specs.directory"), vendor);
        Workspace workspace = new Workspace(root);
        workspace.write(vendor, "vendor.yaml", Files.readString(ours.resolve("vendor.yaml")))
                .write(vendor, "tools.yaml", Files.readString(ours.resolve("tools.yaml")))
                .write(vendor, "overlay.yaml", Files.readString(ours.resolve(OVERLAY)));
        Files.copy(reference, workspace.specs().resolve(vendor).resolve("openapi.yaml"));
        Workspace own = new Workspace(root.resolve("own")).withFolder(ours, vendor);

        VendorModel fromPublished = build(workspace, vendor);
        List<SurfaceChange> differences = ToolSurfaceDiff.between(ToolSurface.of(Models.build(own, vendor)),
                ToolSurface.of(fromPublished));

        List<String> listed = differences.stream().map(change -> vendor + " " + change.tool() + ": " + change.what()).toList();
        assertThat(listed).as("the differences, each with its reason in EXPECTED_DIFFERENCES")
                .containsExactlyInAnyOrderElementsOf(EXPECTED_DIFFERENCES.keySet().stream()
                        .filter(difference -> difference.startsWith(vendor + " ")).toList());
    }

    private static VendorModel build(Workspace workspace, String vendor) {
        try {
            return Models.build(workspace, vendor);
        } catch (SpecProblemsException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}

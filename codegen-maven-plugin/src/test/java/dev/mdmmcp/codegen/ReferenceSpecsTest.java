package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.UnexposedOperation;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.testing.GeneratedCode;
import dev.mdmmcp.codegen.testing.PublishedSpecs;
import dev.mdmmcp.codegen.testing.ReferenceVendor;
import dev.mdmmcp.codegen.testing.Workspace;
import dev.mdmmcp.tool.ToolCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness: the vendors' full published specs, with a documentation record written for every
 * operation, generate and compile. Every operation becomes a tool or is reported with the reason
 * it cannot be one.
 */
class ReferenceSpecsTest {

    private static final Map<String, String> SPECS = Map.of(
            "kandji", "kandji-api-v1.yaml",
            "ninjaone", "ninjaone-public-api-2.0.9.yaml");

    @TempDir
    static Path root;

    private static Workspace workspace;
    private static final Map<String, ReferenceVendor.Written> written = new TreeMap<>();
    private static final Map<String, VendorModel> models = new TreeMap<>();

    @BeforeAll
    static void generateFromTheReferenceSpecs() throws Exception {
        String configured = System.getProperty(PublishedSpecs.DIRECTORY_PROPERTY);
        Path directory = configured == null ? null : Path.of(configured);
        if (directory == null || !SPECS.values().stream().allMatch(spec -> Files.isRegularFile(directory.resolve(spec)))) {
            Assumptions.abort("reference specs not found: set -D" + PublishedSpecs.DIRECTORY_PROPERTY
                    + " to a folder holding " + String.join(" and ", SPECS.values()) + " (was: " + configured + ")");
        }
        workspace = new Workspace(root);
        for (Map.Entry<String, String> spec : SPECS.entrySet()) {
            written.put(spec.getKey(), ReferenceVendor.write(directory.resolve(spec.getValue()),
                    workspace.specs().resolve(spec.getKey()), spec.getKey()));
        }
        for (VendorOutcome outcome : workspace.generate()) {
            models.put(outcome.vendor(), outcome.model().orElseThrow());
        }
    }

    @Test
    void theSpecsAreTheOnesDescribed() {
        assertThat(written.get("kandji").operations()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(written.get("ninjaone").operations()).hasSizeGreaterThanOrEqualTo(240);
    }

    @Test
    void everyOperationBecameAToolOrWasReportedWithAReason() {
        for (String vendor : SPECS.keySet()) {
            VendorModel model = models.get(vendor);
            List<String> tools = model.tools().stream().map(ToolModel::operation).toList();
            List<String> reported = model.unexposed().stream().filter(u -> !u.unsupportedReasons().isEmpty())
                    .map(UnexposedOperation::operation).toList();
            List<String> accounted = new ArrayList<>(tools);
            accounted.addAll(reported);

            assertThat(accounted).as(vendor).containsExactlyInAnyOrderElementsOf(written.get(vendor).operations());
            assertThat(tools).as(vendor + " tools").containsExactlyInAnyOrderElementsOf(written.get(vendor).recorded());
        }
    }

    @Test
    void listToolsWereFoundInBothSpecs() {
        for (VendorModel model : models.values()) {
            assertThat(model.tools()).as(model.id()).anySatisfy(tool -> assertThat(tool.paging()).isNotNull());
        }
    }

    @Test
    void theGeneratedCodeCompilesAndEveryToolIsInItsCatalog() {
        Path classes = root.resolve("classes");

        assertThat(GeneratedCode.compile(workspace.sources(), classes)).isEmpty();

        List<ToolCatalog> catalogs = ServiceLoader.load(ToolCatalog.class,
                GeneratedCode.loader(classes, workspace.resources())).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(catalogs).extracting(catalog -> catalog.vendor().id()).containsExactly("kandji", "ninjaone");
        for (ToolCatalog catalog : catalogs) {
            assertThat(catalog.tools()).hasSameSizeAs(models.get(catalog.vendor().id()).tools());
        }
    }
}

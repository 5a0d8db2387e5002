package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mdmmcp.codegen.testing.PublishedSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift goal: the report of {@code DriftAnalysis}, written under the build directory, failing the build only when asked to. */
class DriftMojoTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path root;

    private Path reference;

    @BeforeEach
    void findTheReferenceCopy() {
        reference = PublishedSpecs.require("kandji-api-v1.yaml");
    }

    private DriftMojo goal(Path newer, boolean failOnDrift) {
        DriftMojo mojo = new DriftMojo();
        mojo.specsDirectory = Path.of(System.getProperty("mdm-mcp.specs.directory")).toFile();
        mojo.vendor = "kandji";
        mojo.spec = List.of(newer.toFile());
        mojo.baseline = List.of(reference.toFile());
        mojo.failOnDrift = failOnDrift;
        mojo.outputDirectory = root.resolve("target/mdm-mcp-drift").toFile();
        mojo.setLog(new QuietLog());
        return mojo;
    }

    private Path withoutDeviceDeletion() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(reference.toFile());
        ((ObjectNode) spec.get("paths").get("/api/v1/devices/{device_id}")).remove("delete");
        Path newer = root.resolve("kandji-newer.yaml");
        YAML.writeValue(newer.toFile(), spec);
        return newer;
    }

    @Test
    void theGoalWritesTheReportUnderTheBuildDirectory() throws Exception {
        Path newer = withoutDeviceDeletion();

        goal(newer, false).execute();

        assertThat(Files.readString(root.resolve("target/mdm-mcp-drift/kandji.txt")))
                .startsWith("drift of kandji against " + newer + "\n")
                .contains("    endpoint DELETE /api/v1/devices/{device_id} removed"
                        + "  [breaking for a model and for saved configurations]\n");
    }

    @Test
    void failOnDriftStopsTheBuildOnlyWhenSomethingDrifted() throws Exception {
        goal(reference, true).execute();

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class,
                () -> goal(withoutDeviceDeletion(), true).execute());

        assertThat(failure).hasMessage("the published description of kandji drifted from our tools; see above");
    }
}

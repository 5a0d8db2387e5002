package dev.mdmmcp.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DriftCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DriftCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutAVendorItSaysWhatIsMissingAndHowToCallIt() {
        assertThat(run("--spec", "x.yaml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("mdm-mcp drift: --vendor is required\n"
                + DriftCommand.USAGE + "\n");
    }

    @Test
    void anUnknownVendorNamesTheFolderItLookedFor() {
        String specs = System.getProperty("mdm-mcp.specs.directory");

        assertThat(run("--specs", specs, "--vendor", "jamf", "--spec", "x.yaml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("mdm-mcp drift: no vendor folder " + specs
                + "/jamf (with a vendor.yaml); --specs names the folder of vendor folders\n");
    }

    @Test
    void aMissingSpecFileIsNamed() {
        String specs = System.getProperty("mdm-mcp.specs.directory");

        assertThat(run("--specs", specs, "--vendor", "kandji", "--spec", "nowhere.yaml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("mdm-mcp drift: no such file: nowhere.yaml\n");
    }
}

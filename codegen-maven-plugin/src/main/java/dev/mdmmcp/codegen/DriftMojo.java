package dev.mdmmcp.codegen;

import dev.mdmmcp.codegen.drift.DriftAnalysis;
import dev.mdmmcp.codegen.drift.DriftReport;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The drift report as a goal: compares a newer published description of a vendor with what its
 * tools use, logs the report and writes it to {@code target/mdm-mcp-drift/<vendor>.txt}. See
 * {@link DriftAnalysis}; {@code bin/mdm-mcp drift} prints the same report.
 */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends AbstractMojo {

    /** The folder holding one folder per vendor. */
    @Parameter(property = "mdm-mcp.specsDirectory", defaultValue = "${project.basedir}/../specs", required = true)
    File specsDirectory;

    /** The vendor whose tools are compared. */
    @Parameter(property = "mdm-mcp.drift.vendor", required = true)
    String vendor;

    /** The newer published description: one document or several (comma separated). */
    @Parameter(property = "mdm-mcp.drift.spec", required = true)
    List<File> spec;

    /** The published description our tools were made from, for telling which endpoints are new; by default our own. */
    @Parameter(property = "mdm-mcp.drift.baseline")
    List<File> baseline;

    /** Fails the build when anything drifted. */
    @Parameter(property = "mdm-mcp.drift.failOnDrift", defaultValue = "false")
    boolean failOnDrift;

    @Parameter(defaultValue = "${project.build.directory}/mdm-mcp-drift", readonly = true)
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path folder = specsDirectory.toPath().resolve(vendor);
        DriftReport report;
        try {
            report = new DriftAnalysis(GeneratorSettings.DEFAULT_BASE_PACKAGE).analyse(folder, "specs/" + vendor,
                    spec.stream().map(File::toPath).toList(),
                    baseline == null ? List.of() : baseline.stream().map(File::toPath).toList());
        } catch (SpecProblemsException e) {
            throw new MojoFailureException(e.getMessage());
        }
        report.text().lines().forEach(getLog()::info);
        try {
            Files.createDirectories(outputDirectory.toPath());
            Files.writeString(outputDirectory.toPath().resolve(vendor + ".txt"), report.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the drift report: " + e.getMessage(), e);
        }
        if (failOnDrift && report.hasDrift()) {
            throw new MojoFailureException("the published description of " + vendor + " drifted from our tools; see above");
        }
    }
}

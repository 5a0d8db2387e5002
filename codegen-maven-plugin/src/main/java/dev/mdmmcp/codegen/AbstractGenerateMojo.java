package dev.mdmmcp.codegen;

import dev.mdmmcp.codegen.problem.SpecProblemsException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters both goals share, and the run: settings in, {@link Generator} runs, output
 * roots registered with the project. Spec problems fail the build with their list, never a
 * stack trace.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {

    /** The folder holding one folder per vendor. */
    @Parameter(property = "mdm-mcp.specsDirectory", defaultValue = "${project.basedir}/../specs", required = true)
    File specsDirectory;

    /** The vendors to generate; by default every folder of {@code specsDirectory} with a vendor.yaml. */
    @Parameter(property = "mdm-mcp.vendors")
    List<String> vendors;

    /** The package each vendor's package goes under. */
    @Parameter(property = "mdm-mcp.basePackage", defaultValue = GeneratorSettings.DEFAULT_BASE_PACKAGE, required = true)
    String basePackage;

    /** Skips generation (and registers nothing). */
    @Parameter(property = "mdm-mcp.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    abstract File outputDirectory();

    abstract File resourcesDirectory();

    abstract File workDirectory();

    /** Adds the generated sources and resources to the project, as main or test roots. */
    abstract void register(MavenProject project, String sourceRoot, String resourceRoot);

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mdm-mcp codegen skipped");
            return;
        }
        GeneratorSettings settings = new GeneratorSettings(
                specsDirectory.toPath(),
                vendors,
                basePackage,
                outputDirectory().toPath(),
                resourcesDirectory().toPath(),
                workDirectory().toPath(),
                project.getBasedir().toPath(),
                pluginVersion == null ? "unknown" : pluginVersion);
        try {
            new Generator(settings, new MavenLog(getLog())).run();
        } catch (SpecProblemsException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("mdm-mcp codegen could not write its output: " + e.getMessage(), e);
        }
        register(project, outputDirectory().getAbsolutePath(), resourcesDirectory().getAbsolutePath());
    }

    private record MavenLog(Log log) implements GenerationLog {
        @Override
        public void info(String message) {
            log.info(message);
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }
    }
}

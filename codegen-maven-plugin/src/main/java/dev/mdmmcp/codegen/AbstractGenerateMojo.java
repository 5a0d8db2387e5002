package dev.mdmmcp.codegen;

import dev.mdmmcp.codegen.lock.ToolLock;
import dev.mdmmcp.codegen.output.StaleClasses;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters of both goals, and the run: settings in, {@link Generator} runs, output roots
 * registered with the project. The goals differ only in their default folders and in whether
 * the output joins the main or the test roots. Spec problems fail the build with their list,
 * never a stack trace.
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

    /**
     * Accepts changes of the tool surface: rewrites each changed {@code specs/<vendor>/tools.lock.json}
     * instead of stopping the build with the diff.
     */
    @Parameter(property = ToolLock.ACCEPT_PROPERTY, defaultValue = "false")
    boolean acceptToolChanges;

    /** Skips generation (and registers nothing). */
    @Parameter(property = "mdm-mcp.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Where the Java sources go; by default a folder of the goal's own under the build directory. */
    @Parameter
    File outputDirectory;

    /** Where the schemas and the ServiceLoader file go; by default a folder of the goal's own under the build directory. */
    @Parameter
    File resourcesDirectory;

    /**
     * Where state (for incremental runs) and the unexposed-operations reports go; by default a
     * folder of the goal's own under the build directory.
     */
    @Parameter
    File workDirectory;

    private final String defaultSourcesFolder;
    private final String defaultResourcesFolder;
    private final String defaultWorkFolder;

    /** The folders, under the build directory, of the directories the POM leaves unset. */
    AbstractGenerateMojo(String defaultSourcesFolder, String defaultResourcesFolder, String defaultWorkFolder) {
        this.defaultSourcesFolder = defaultSourcesFolder;
        this.defaultResourcesFolder = defaultResourcesFolder;
        this.defaultWorkFolder = defaultWorkFolder;
    }

    /** Adds the generated sources and resources to the project, as main or test roots. */
    abstract void register(MavenProject project, String sourceRoot, Resource resources);

    /** Where the build compiles the goal's sources and copies its resources: the project's classes or test classes. */
    abstract String classesDirectory(MavenProject project);

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mdm-mcp codegen skipped");
            return;
        }
        File sources = orDefault(outputDirectory, defaultSourcesFolder);
        File resources = orDefault(resourcesDirectory, defaultResourcesFolder);
        GeneratorSettings settings = new GeneratorSettings(
                specsDirectory.toPath(),
                vendors,
                basePackage,
                sources.toPath(),
                resources.toPath(),
                orDefault(workDirectory, defaultWorkFolder).toPath(),
                project.getBasedir().toPath(),
                pluginVersion == null ? "unknown" : pluginVersion,
                acceptToolChanges);
        try {
            Generator generator = new Generator(settings, new MavenLog(getLog()));
            generator.run();
            String classes = classesDirectory(project);
            if (classes != null) {
                Generator.RemovedOutputs removed = generator.removedOutputs();
                StaleClasses.remove(Path.of(classes), removed.sources(), removed.resources());
            }
        } catch (SpecProblemsException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("mdm-mcp codegen could not write its output: " + e.getMessage(), e);
        }
        Resource resourceRoot = new Resource();
        resourceRoot.setDirectory(resources.getAbsolutePath());
        register(project, sources.getAbsolutePath(), resourceRoot);
    }

    private File orDefault(File configured, String folder) {
        return configured != null ? configured : new File(project.getBuild().getDirectory(), folder);
    }

    /** Whether {@code resources} is not yet among {@code registered}: a second run adds no second root. */
    static boolean isNew(Resource resources, List<Resource> registered) {
        return registered.stream().noneMatch(r -> resources.getDirectory().equals(r.getDirectory()));
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

package dev.mdmmcp.codegen;

import java.io.File;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates like {@code generate}, but as test sources and resources: integration tests use it
 * to generate a fixture vendor that ships with the tests only.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {

    @Parameter(property = "mdm-mcp.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/mdm-mcp", required = true)
    File outputDirectory;

    @Parameter(property = "mdm-mcp.testResourcesDirectory",
            defaultValue = "${project.build.directory}/generated-test-resources/mdm-mcp", required = true)
    File resourcesDirectory;

    /** Where state (for incremental runs) and the unexposed-operations reports go. */
    @Parameter(property = "mdm-mcp.testWorkDirectory",
            defaultValue = "${project.build.directory}/mdm-mcp-codegen-test", required = true)
    File workDirectory;

    @Override
    File outputDirectory() {
        return outputDirectory;
    }

    @Override
    File resourcesDirectory() {
        return resourcesDirectory;
    }

    @Override
    File workDirectory() {
        return workDirectory;
    }

    @Override
    void register(MavenProject project, String sourceRoot, String resourceRoot) {
        project.addTestCompileSourceRoot(sourceRoot);
        if (project.getTestResources().stream().noneMatch(r -> resourceRoot.equals(r.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(resourceRoot);
            project.addTestResource(resource);
        }
    }
}

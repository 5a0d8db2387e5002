package dev.mdmmcp.codegen;

import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * Generates like {@code generate}, but as test sources and resources (by default into
 * {@code target/generated-test-sources/mdm-mcp} and {@code target/generated-test-resources/mdm-mcp}):
 * modules use it for fixture vendors that ship with their tests only.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {

    public GenerateTestMojo() {
        super("generated-test-sources/mdm-mcp", "generated-test-resources/mdm-mcp", "mdm-mcp-codegen-test");
    }

    @Override
    void register(MavenProject project, String sourceRoot, Resource resources) {
        project.addTestCompileSourceRoot(sourceRoot);
        if (isNew(resources, project.getTestResources())) {
            project.addTestResource(resources);
        }
    }

    @Override
    String classesDirectory(MavenProject project) {
        return project.getBuild().getTestOutputDirectory();
    }
}

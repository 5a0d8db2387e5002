package dev.mdmmcp.codegen;

import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * Generates the MCP tools of every vendor folder as main sources and resources, by default into
 * {@code target/generated-sources/mdm-mcp} and {@code target/generated-resources/mdm-mcp}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {

    public GenerateMojo() {
        super("generated-sources/mdm-mcp", "generated-resources/mdm-mcp", "mdm-mcp-codegen");
    }

    @Override
    void register(MavenProject project, String sourceRoot, Resource resources) {
        project.addCompileSourceRoot(sourceRoot);
        if (isNew(resources, project.getResources())) {
            project.addResource(resources);
        }
    }

    @Override
    String classesDirectory(MavenProject project) {
        return project.getBuild().getOutputDirectory();
    }
}

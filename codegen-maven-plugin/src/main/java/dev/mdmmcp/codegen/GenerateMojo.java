package dev.mdmmcp.codegen;

import java.io.File;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Generates the MCP tools of every vendor folder as main sources and resources. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {

    @Parameter(property = "mdm-mcp.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/mdm-mcp", required = true)
    File outputDirectory;

    @Parameter(property = "mdm-mcp.resourcesDirectory",
            defaultValue = "${project.build.directory}/generated-resources/mdm-mcp", required = true)
    File resourcesDirectory;

    /** Where state (for incremental runs) and the unexposed-operations reports go. */
    @Parameter(property = "mdm-mcp.workDirectory", defaultValue = "${project.build.directory}/mdm-mcp-codegen", required = true)
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
        project.addCompileSourceRoot(sourceRoot);
        if (project.getResources().stream().noneMatch(r -> resourceRoot.equals(r.getDirectory()))) {
            Resource resource = new Resource();
            resource.setDirectory(resourceRoot);
            project.addResource(resource);
        }
    }
}

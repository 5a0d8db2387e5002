package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.codegen.testing.Workspace;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals only translate parameters, run the generator and register its output with the project. */
class GenerateMojoTest {

    @TempDir
    Path root;

    private static MavenProject project(Path basedir) {
        MavenProject project = new MavenProject(new Model());
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    private static <M extends AbstractGenerateMojo> M configure(M mojo, Workspace workspace, MavenProject project) {
        mojo.specsDirectory = workspace.specs().toFile();
        mojo.basePackage = GeneratorSettings.DEFAULT_BASE_PACKAGE;
        mojo.project = project;
        mojo.pluginVersion = "test";
        mojo.setLog(new QuietLog());
        return mojo;
    }

    /** {@code mojo}, writing into the workspace's folders. */
    private static <M extends AbstractGenerateMojo> M writingInto(Workspace workspace, M mojo) {
        mojo.outputDirectory = workspace.sources().toFile();
        mojo.resourcesDirectory = workspace.resources().toFile();
        mojo.workDirectory = workspace.work().toFile();
        return mojo;
    }

    @Test
    void generateAddsTheSourceRootAndResourceDirectory() throws Exception {
        Workspace workspace = new Workspace(root).withFixture("acme");
        MavenProject project = project(root);
        GenerateMojo mojo = writingInto(workspace, configure(new GenerateMojo(), workspace, project));

        mojo.execute();

        assertThat(project.getCompileSourceRoots()).contains(workspace.sources().toFile().getAbsolutePath());
        assertThat(project.getResources()).extracting(Resource::getDirectory)
                .containsExactly(workspace.resources().toFile().getAbsolutePath());
        assertThat(workspace.sources().resolve("dev/mdmmcp/vendors/acme/AcmeMdmCatalog.java")).exists();
    }

    @Test
    void generateTestAddsTestRoots() throws Exception {
        Workspace workspace = new Workspace(root).withFixture("acme");
        MavenProject project = project(root);
        GenerateTestMojo mojo = configure(new GenerateTestMojo(), workspace, project);
        mojo.outputDirectory = root.resolve("target/generated-test-sources/mdm-mcp").toFile();
        mojo.resourcesDirectory = root.resolve("target/generated-test-resources/mdm-mcp").toFile();
        mojo.workDirectory = root.resolve("target/mdm-mcp-codegen-test").toFile();

        mojo.execute();
        mojo.execute();

        assertThat(project.getTestCompileSourceRoots()).contains(mojo.outputDirectory.getAbsolutePath());
        assertThat(project.getCompileSourceRoots()).doesNotContain(mojo.outputDirectory.getAbsolutePath());
        assertThat(project.getTestResources()).extracting(Resource::getDirectory)
                .containsExactly(mojo.resourcesDirectory.getAbsolutePath());
    }

    @Test
    void eachGoalDefaultsToFoldersOfItsOwnUnderTheBuildDirectory() throws Exception {
        Workspace workspace = new Workspace(root).withFixture("acme");
        MavenProject project = project(root);
        Path target = root.resolve("target");
        project.getBuild().setDirectory(target.toString());

        configure(new GenerateMojo(), workspace, project).execute();
        configure(new GenerateTestMojo(), workspace, project).execute();

        assertThat(project.getCompileSourceRoots()).containsExactly(target.resolve("generated-sources/mdm-mcp").toString());
        assertThat(project.getTestCompileSourceRoots())
                .containsExactly(target.resolve("generated-test-sources/mdm-mcp").toString());
        assertThat(project.getResources()).extracting(Resource::getDirectory)
                .containsExactly(target.resolve("generated-resources/mdm-mcp").toString());
        assertThat(project.getTestResources()).extracting(Resource::getDirectory)
                .containsExactly(target.resolve("generated-test-resources/mdm-mcp").toString());
        assertThat(target.resolve("generated-sources/mdm-mcp/dev/mdmmcp/vendors/acme/AcmeMdmCatalog.java")).exists();
        assertThat(target.resolve("generated-test-sources/mdm-mcp/dev/mdmmcp/vendors/acme/AcmeMdmCatalog.java")).exists();
        assertThat(target.resolve("mdm-mcp-codegen/acme.state")).exists();
        assertThat(target.resolve("mdm-mcp-codegen-test/acme.state")).exists();
    }

    @Test
    void specProblemsFailTheBuildWithTheirList() {
        Workspace workspace = new Workspace(root).withFixture("acme")
                .edit("acme", "tools.yaml", "    method: update\n", "    method: upadte\n");
        GenerateMojo mojo = writingInto(workspace, configure(new GenerateMojo(), workspace, project(root)));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);

        assertThat(failure.getMessage()).startsWith("1 problem in the vendor folders:")
                .contains("unknown method class 'upadte'");
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void skipGeneratesAndRegistersNothing() throws Exception {
        Workspace workspace = new Workspace(root).withFixture("acme");
        MavenProject project = project(root);
        GenerateMojo mojo = writingInto(workspace, configure(new GenerateMojo(), workspace, project));
        mojo.skip = true;

        mojo.execute();

        assertThat(project.getCompileSourceRoots()).isEmpty();
        assertThat(new File(mojo.outputDirectory, "dev")).doesNotExist();
    }

    /** Keeps Maven's log out of the test output. */
    private static final class QuietLog extends SystemStreamLog {
        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(CharSequence content) {
        }

        @Override
        public void warn(CharSequence content) {
        }
    }
}

package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.codegen.testing.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
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
    void changingOneArgumentOfKandjiStopsTheBuildWithTheToolDiffUntilAccepted() throws Exception {
        Path kandji = Path.of(System.getProperty("mdm-mcp.specs.directory"), "kandji");
        Workspace workspace = new Workspace(root).withFolder(kandji, "kandji");
        GenerateMojo mojo = writingInto(workspace, configure(new GenerateMojo(), workspace, project(root)));
        mojo.execute(); // the committed lock is the surface of the committed folder
        workspace.edit("kandji", "openapi.yaml", "e.g. 14.4.1.\n          schema:\n            type: string",
                "e.g. 14.4.1.\n          schema:\n            type: integer");

        MojoFailureException stopped = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        mojo.acceptToolChanges = true;
        mojo.execute();
        mojo.acceptToolChanges = false;
        mojo.execute();

        assertThat(stopped.getMessage()).isEqualTo("1 problem in the vendor folders:" + System.lineSeparator()
                + "  - specs/kandji/tools.lock.json: the tool surface changed; if that is intended, accept it with"
                + " -Dmdm-mcp.acceptToolChanges=true (rewrites this file; commit it with the change):\n"
                + "    list_devices: argument os_version: type string -> integer  [breaking for a model]\n"
                + "    1 change, 1 breaking");
        assertThat(Files.readString(workspace.specs().resolve("kandji/tools.lock.json")))
                .isNotEqualTo(Files.readString(kandji.resolve("tools.lock.json")));
    }

    @Test
    void aRenamedToolLeavesNoStaleClassOrSchemaBehind() throws Exception {
        Workspace workspace = new Workspace(root).withFixture("acme");
        MavenProject project = project(root);
        Path classes = root.resolve("target/classes");
        project.getBuild().setOutputDirectory(classes.toString());
        GenerateMojo mojo = writingInto(workspace, configure(new GenerateMojo(), workspace, project));
        mojo.acceptToolChanges = true;
        mojo.execute();
        // What compiling and copying resources made of the generated files.
        Path toolClass = classes.resolve("dev/mdmmcp/vendors/acme/LockDeviceTool.class");
        Path nestedClass = classes.resolve("dev/mdmmcp/vendors/acme/LockDeviceArguments$Body.class");
        Path schema = classes.resolve("mdm-mcp/schemas/acme/lock_device.input.json");
        Path kept = classes.resolve("dev/mdmmcp/vendors/acme/GetDeviceTool.class");
        for (Path file : new Path[] {toolClass, nestedClass, schema, kept}) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "compiled");
        }
        assertThat(workspace.resources().resolve("mdm-mcp/schemas/acme/lock_device.input.json")).exists();

        workspace.edit("acme", "tools.yaml", "name: lock_device", "name: lock_the_device");
        mojo.execute();

        assertThat(toolClass).doesNotExist();
        assertThat(nestedClass).doesNotExist();
        assertThat(schema).doesNotExist();
        assertThat(kept).exists();
        assertThat(workspace.resources().resolve("mdm-mcp/schemas/acme/lock_the_device.input.json")).exists();
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
}

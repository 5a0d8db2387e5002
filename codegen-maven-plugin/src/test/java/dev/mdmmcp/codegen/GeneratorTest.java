package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final String ACME = "dev/mdmmcp/vendors/acme/";

    @TempDir
    Path root;

    private Workspace acme() {
        return new Workspace(root).withFixture("acme");
    }

    @Test
    void everyToolGetsArgumentsToolAndSchemaFilesAndTheVendorItsClasses() throws Exception {
        Workspace acme = acme();

        acme.generate();

        assertThat(Workspace.tree(acme.sources()).keySet()).contains(
                ACME + "AcmeMdmVendor.java", ACME + "AcmeMdmCatalog.java",
                ACME + "ListDevicesArguments.java", ACME + "ListDevicesTool.java",
                ACME + "SearchTicketsArguments.java", ACME + "SearchTicketsTool.java").hasSize(16);
        assertThat(Workspace.tree(acme.resources()).keySet()).contains(
                "mdm-mcp/schemas/acme/list_devices.input.json", "mdm-mcp/schemas/acme/list_devices.output.json",
                "mdm-mcp/schemas/acme/delete_device.input.json", "META-INF/services/dev.mdmmcp.tool.ToolCatalog")
                .doesNotContain("mdm-mcp/schemas/acme/delete_device.output.json");
    }

    @Test
    void theServiceFileListsTheCatalogOfEveryVendor() throws Exception {
        Workspace workspace = acme().withFixture("acme", "beta").edit("beta", "vendor.yaml", "vendor: acme", "vendor: beta")
                .edit("beta", "vendor.yaml", "display_name: Acme MDM", "display_name: Beta");

        workspace.generate();

        assertThat(workspace.resource("META-INF/services/dev.mdmmcp.tool.ToolCatalog"))
                .isEqualTo("dev.mdmmcp.vendors.acme.AcmeMdmCatalog\ndev.mdmmcp.vendors.beta.BetaCatalog\n");
    }

    @Test
    void theSummaryCountsToolsByMethodAndPointsAtTheReport() throws Exception {
        Workspace acme = acme();

        acme.generate();

        assertThat(acme.log()).contains("acme: 7 tools (list 3, get 1, update 1, delete 1, custom 1); 4 operations "
                + "not exposed, 2 of them not expressible as tools (target/mdm-mcp-codegen/acme-unexposed.txt)");
    }

    @Test
    void theReportListsEveryUnexposedOperationWithTheReasonsItCannotBeATool() throws Exception {
        Workspace acme = acme();

        acme.generate();

        assertThat(Files.readString(acme.work().resolve("acme-unexposed.txt"))).startsWith("""
                # acme: operations of specs/acme/openapi.yaml without a documentation record, so not exposed as tools
                # 4 operation(s); a reason follows those a record could not expose either
                POST /api/v1/uploads  (uploadFile)
                    cannot be a tool: request body is multipart/form-data, not JSON
                GET /api/v1/session  (getSession)
                    cannot be a tool: cookie parameter 'session' (tools send no cookies)
                GET /api/v1/blueprints  (listBlueprints)
                PUT /api/v1/users/{id}  (replaceUser)
                """);
    }

    @Test
    void generatingTwiceGivesByteIdenticalTrees(@TempDir Path other) throws Exception {
        Workspace first = acme();
        Workspace second = new Workspace(other).withFixture("acme");

        first.generate();
        second.generate();

        assertSameTree(Workspace.tree(first.sources()), Workspace.tree(second.sources()));
        assertSameTree(Workspace.tree(first.resources()), Workspace.tree(second.resources()));
    }

    @Test
    void regeneratingFromScratchRewritesTheSameBytes() throws Exception {
        Workspace acme = acme();
        acme.generate();
        Map<String, byte[]> before = Workspace.tree(acme.sources());

        Files.delete(acme.work().resolve("acme.state"));
        acme.generate();

        assertSameTree(before, Workspace.tree(acme.sources()));
    }

    @Test
    void aSecondRunWithUnchangedInputsDoesNoWork() throws Exception {
        Workspace acme = acme();
        acme.generate();
        Path tool = acme.sources().resolve(ACME + "ListDevicesTool.java");
        FileTime written = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(tool, written);

        List<VendorOutcome> outcomes = acme.generate();

        assertThat(outcomes).singleElement().satisfies(outcome -> assertThat(outcome.upToDate()).isTrue());
        assertThat(acme.log()).endsWith("acme: up to date");
        assertThat(Files.getLastModifiedTime(tool)).isEqualTo(written);
    }

    @Test
    void changingAnyFileOfTheVendorFolderRegenerates() throws Exception {
        Workspace acme = acme();
        acme.generate();

        acme.edit("acme", "tools.yaml", "title: Get device", "title: Get one device");
        List<VendorOutcome> outcomes = acme.generate();

        assertThat(outcomes.getFirst().upToDate()).isFalse();
        assertThat(acme.source("acme", "GetDeviceTool")).contains(".title(\"Get one device\")");
    }

    @Test
    void onlyChangedFilesAreRewritten() throws Exception {
        Workspace acme = acme();
        acme.generate();
        Path untouched = acme.sources().resolve(ACME + "ListDevicesTool.java");
        FileTime written = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(untouched, written);

        acme.edit("acme", "tools.yaml", "including FileVault state.", "including its FileVault state.");
        List<VendorOutcome> outcomes = acme.generate();

        assertThat(outcomes.getFirst().filesChanged()).as("GetDeviceTool.java only").isEqualTo(1);
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(written);
    }

    @Test
    void aDeletedOutputIsRegenerated() throws Exception {
        Workspace acme = acme();
        acme.generate();

        Files.delete(acme.resources().resolve("mdm-mcp/schemas/acme/list_devices.input.json"));
        List<VendorOutcome> outcomes = acme.generate();

        assertThat(outcomes.getFirst().upToDate()).isFalse();
        assertThat(acme.resources().resolve("mdm-mcp/schemas/acme/list_devices.input.json")).exists();
    }

    @Test
    void changingAParameterRegenerates() throws Exception {
        Workspace acme = acme();
        acme.generate();
        GeneratorSettings settings = acme.settings();

        List<VendorOutcome> outcomes = acme.generate(new GeneratorSettings(settings.specsDirectory(), settings.vendors(),
                "com.example.tools", settings.outputDirectory(), settings.resourcesDirectory(), settings.workDirectory(),
                settings.baseDirectory(), settings.generatorVersion()));

        assertThat(outcomes.getFirst().upToDate()).isFalse();
        assertThat(acme.sources().resolve("com/example/tools/acme/ListDevicesTool.java")).exists();
        assertThat(acme.sources().resolve(ACME + "ListDevicesTool.java")).doesNotExist();
    }

    @Test
    void theFilesOfARemovedRecordAreDeleted() throws Exception {
        Workspace acme = acme();
        acme.generate();

        acme.edit("acme", "tools.yaml", """
                  - name: delete_device
                    operation: DELETE /api/v1/devices/{device_id}
                    method: delete
                    title: Delete device
                    tags: [devices, write]
                    description: Removes a device from Acme. The device must re-enroll to come back.
                """, "");
        acme.generate();

        assertThat(acme.sources().resolve(ACME + "DeleteDeviceTool.java")).doesNotExist();
        assertThat(acme.sources().resolve(ACME + "DeleteDeviceArguments.java")).doesNotExist();
        assertThat(acme.resources().resolve("mdm-mcp/schemas/acme/delete_device.input.json")).doesNotExist();
    }

    @Test
    void theOutputsOfARemovedVendorAreDeleted() throws Exception {
        Workspace workspace = acme().withFixture("acme", "beta").edit("beta", "vendor.yaml", "vendor: acme", "vendor: beta");
        workspace.generate();

        try (var files = Files.walk(workspace.specs().resolve("beta"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        workspace.generate();

        assertThat(workspace.sources().resolve("dev/mdmmcp/vendors/beta/AcmeMdmCatalog.java")).doesNotExist();
        assertThat(workspace.resource("META-INF/services/dev.mdmmcp.tool.ToolCatalog"))
                .isEqualTo("dev.mdmmcp.vendors.acme.AcmeMdmCatalog\n");
        assertThat(workspace.log()).contains("beta: no longer generated; its outputs were removed");
    }

    @Test
    void vendorsCanBeChosen() throws Exception {
        Workspace workspace = acme().withFixture("acme", "beta").edit("beta", "vendor.yaml", "vendor: acme", "vendor: beta");

        List<VendorOutcome> outcomes = workspace.generate(workspace.settings(List.of("beta")));

        assertThat(outcomes).extracting(VendorOutcome::vendor).containsExactly("beta");
    }

    @Test
    void anUnknownVendorNamesTheVendorsThereAre() {
        Workspace acme = acme();

        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class,
                () -> acme.generate(acme.settings(List.of("acmee"))));

        assertThat(failure.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("vendors names 'acmee', which has no folder with a vendor.yaml; there are: acme; closest: acme"));
    }

    @Test
    void anInvalidBasePackageIsRefused() {
        Workspace acme = acme();
        GeneratorSettings settings = acme.settings();

        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class, () -> acme.generate(
                new GeneratorSettings(settings.specsDirectory(), List.of(), "dev.mdmmcp.class", settings.outputDirectory(),
                        settings.resourcesDirectory(), settings.workDirectory(), settings.baseDirectory(), "test")));

        assertThat(failure.getMessage()).contains("basePackage: 'dev.mdmmcp.class' is not a Java package name");
    }

    @Test
    void anEmptySpecsFolderGeneratesNothingAndSaysSo() throws Exception {
        Workspace empty = new Workspace(root);
        Files.createDirectories(empty.specs());

        assertThat(empty.generate()).isEmpty();
        assertThat(empty.log()).singleElement().satisfies(line -> assertThat(line).startsWith("WARN no vendor folders"));
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        Map<String, String> differing = expected.entrySet().stream()
                .filter(e -> !java.util.Arrays.equals(e.getValue(), actual.get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> "differs"));
        assertThat(differing).isEmpty();
    }
}

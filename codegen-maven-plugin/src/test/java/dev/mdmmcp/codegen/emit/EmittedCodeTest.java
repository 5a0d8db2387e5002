package dev.mdmmcp.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.codegen.testing.GeneratedCode;
import dev.mdmmcp.codegen.testing.Workspace;
import dev.mdmmcp.tool.ToolCatalog;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emitted code reads like hand-written code: imports, named builder calls, the shortest binding forms. */
class EmittedCodeTest {

    @TempDir
    static Path root;

    private static Workspace acme;

    @BeforeAll
    static void generate() throws Exception {
        acme = new Workspace(root).withFixture("acme");
        acme.generate();
    }

    @Test
    void aListToolBindsItsQueryAndPagesWithTheVendorsConstant() {
        assertThat(acme.source("acme", "ListDevicesTool")).contains("""
                    private static final HttpBinding<ListDevicesArguments> HTTP = HttpBinding.builder(ListDevicesArguments.class, HttpVerb.GET, "/api/v1/devices")
                            .query("platform", ListDevicesArguments::platform)
                            .query("serial_number", ListDevicesArguments::serialNumber)
                            .queryCommaSeparated("ids", ListDevicesArguments::ids)
                            .paginated(AcmeMdmVendor.OFFSET, "")
                            .build();
                """.replace("HttpBinding.builder(ListDevicesArguments.class", "HttpBinding\n            .builder(ListDevicesArguments.class"));
    }

    @Test
    void renamedArgumentsAndHeadersUseTheNamedForms() {
        assertThat(acme.source("acme", "UpdateDeviceTool")).contains(
                ".path(\"device_id\", \"id\", UpdateDeviceArguments::id)",
                ".header(\"X-Request-ID\", \"x_request_id\", UpdateDeviceArguments::xRequestId)",
                ".bodyField(\"asset_tag\", UpdateDeviceArguments::assetTag)",
                ".bodyField(\"class\", UpdateDeviceArguments::classValue)");
    }

    @Test
    void aBodyThatIsNotAnObjectIsBoundWhole() {
        assertThat(acme.source("acme", "LockDeviceTool")).contains(".body(\"body\", LockDeviceArguments::body)");
    }

    @Test
    void theDescriptorNamesEachProperty() {
        assertThat(acme.source("acme", "GetDeviceTool")).contains("""
                    private static final ToolDescriptor DESCRIPTOR = ToolDescriptor.builder("acme", "get_device")
                            .title("Get device")
                            .description("One device's full record, including FileVault state.")
                            .method(MethodClass.GET)
                            .tags("devices")
                            .hints(ToolHint.READ_ONLY, ToolHint.IDEMPOTENT, ToolHint.OPEN_WORLD)
                            .fields("device_id", "serial_number", "filevault.enabled")
                            .inputSchema("mdm-mcp/schemas/acme/get_device.input.json")
                            .outputSchema("mdm-mcp/schemas/acme/get_device.output.json")
                            .build();
                """);
    }

    @Test
    void argumentRecordsCarryJsonNamesJavadocAndPagedArguments() {
        String arguments = acme.source("acme", "ListDevicesArguments");

        assertThat(arguments).contains(
                " * @param serialNumber Exact serial number, e.g. C02X1234ABCD.\n",
                "@JsonProperty(\"serial_number\") String serialNumber",
                "@JsonProperty(\"next_cursor\") String nextCursor,",
                "@JsonProperty(\"fields\") List<String> fields) implements PagedArguments {",
                "public enum Platform implements WireValue {",
                "I_PHONE(\"iPhone\")",
                "@JsonValue");
    }

    @Test
    void nestedObjectsAreNestedRecordsThatLeaveOutNulls() {
        assertThat(acme.source("acme", "UpdateDeviceArguments")).contains(
                "@JsonProperty(\"location\") UpdateDeviceArguments.Location location",
                "@JsonProperty(\"labels\") List<UpdateDeviceArguments.Label> labels",
                "@JsonProperty(\"attributes\") Map<String, Object> attributes",
                "@JsonInclude(JsonInclude.Include.NON_NULL)\n    public record Location(",
                "public record Coordinates(");
    }

    @Test
    void everyTypeIsMarkedGeneratedWithoutADateAndUsesImports() throws Exception {
        for (var file : Workspace.tree(acme.sources()).entrySet()) {
            String source = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(source).as(file.getKey())
                    .contains("import javax.annotation.processing.Generated;", "@Generated(\"dev.mdmmcp.codegen\")")
                    .doesNotContain("date =", "dev.mdmmcp.tool.ToolDescriptor.builder", "java.util.List<");
        }
    }

    @Test
    void theVendorClassHoldsTheStylesAndTheProfile() {
        assertThat(acme.source("acme", "AcmeMdmVendor")).contains(
                """
                    public static final OffsetPagination OFFSET = new OffsetPagination("offset",
                            ParameterLocation.QUERY, "limit", "offset", 50, 300);
                """,
                "public static final LocalPagination WHOLE_LIST = new LocalPagination(\"whole_list\", 25, 500);",
                "new RateLimits(10, 5000)",
                "new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(20))",
                "private AcmeMdmVendor() {");
    }

    @Test
    void textThatCouldBreakTheSourceSurvivesUnchanged(@TempDir Path other) throws Exception {
        String nasty = "Ends a comment */ here, has C:\\\\users and \\\\u0041, \\\"quotes\\\", <b>tags</b> & $dollars @see.";
        Workspace workspace = new Workspace(other).withFixture("acme")
                .edit("acme", "tools.yaml", "description: One device's full record, including FileVault state.",
                        "description: \"" + nasty + "\"")
                .edit("acme", "openapi.yaml", "description: The device's id (a UUID).",
                        "description: \"" + nasty + "\"");
        workspace.generate();
        Path classes = other.resolve("classes");

        assertThat(GeneratedCode.compile(workspace.sources(), classes)).isEmpty();
        ToolCatalog catalog = ServiceLoader.load(ToolCatalog.class, GeneratedCode.loader(classes, workspace.resources()))
                .findFirst().orElseThrow();
        assertThat(catalog.tools().get(1).descriptor().description())
                .isEqualTo("Ends a comment */ here, has C:\\users and \\u0041, \"quotes\", <b>tags</b> & $dollars @see.");
    }
}

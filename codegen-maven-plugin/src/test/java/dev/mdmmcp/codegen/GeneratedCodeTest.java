package dev.mdmmcp.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.codegen.testing.GeneratedCode;
import dev.mdmmcp.codegen.testing.Workspace;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.http.ParameterBinding;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.LocalPagination;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.PagedArguments;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.ToolHint;
import dev.mdmmcp.tool.VendorTool;
import dev.mdmmcp.tool.WireValue;
import dev.mdmmcp.auth.BearerTokenAuth;
import dev.mdmmcp.vendor.RateLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated code compiles without a warning and does at run time what the records say. */
class GeneratedCodeTest {

    @TempDir
    static Path root;

    private static ClassLoader loader;
    private static ToolCatalog catalog;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Workspace acme = new Workspace(root).withFixture("acme");
        acme.generate();
        Path classes = root.resolve("classes");
        List<String> problems = GeneratedCode.compile(acme.sources(), classes);
        assertThat(problems).as("compiler output").isEmpty();
        loader = GeneratedCode.loader(classes, acme.resources());
        catalog = ServiceLoader.load(ToolCatalog.class, loader).findFirst().orElseThrow();
    }

    private static VendorTool<?> tool(String name) {
        return catalog.tools().stream().filter(t -> t.descriptor().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theCatalogIsFoundByServiceLoaderWithTheToolsInRecordOrder() {
        assertThat(catalog.tools()).extracting(t -> t.descriptor().name()).containsExactly("list_devices", "get_device",
                "update_device", "delete_device", "list_device_apps", "lock_device", "search_tickets");
    }

    @Test
    void theVendorProfileComesFromVendorYaml() {
        assertThat(catalog.vendor().id()).isEqualTo("acme");
        assertThat(catalog.vendor().displayName()).isEqualTo("Acme MDM");
        assertThat(catalog.vendor().baseUrlTemplate()).isEqualTo("https://{tenant}.api.acme.test");
        assertThat(catalog.vendor().auth()).isEqualTo(new BearerTokenAuth());
        assertThat(catalog.vendor().rateLimits()).isEqualTo(new RateLimits(10, 5000));
        assertThat(catalog.vendor().timeouts().read()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void descriptorsCarryTheRecord() {
        ToolDescriptor list = tool("list_devices").descriptor();

        assertThat(list.vendor()).isEqualTo("acme");
        assertThat(list.title()).isEqualTo("List devices");
        assertThat(list.description()).startsWith("Lists enrolled devices").contains("\n\nReturns at most `limit` items");
        assertThat(list.method()).isEqualTo(MethodClass.LIST);
        assertThat(list.tags()).containsExactly("devices");
        assertThat(list.hints()).containsExactlyInAnyOrder(ToolHint.READ_ONLY, ToolHint.IDEMPOTENT, ToolHint.OPEN_WORLD);
        assertThat(list.fields()).containsExactly("device_id", "serial_number", "platform", "user.email");
        assertThat(list.inputSchemaResource()).isEqualTo("mdm-mcp/schemas/acme/list_devices.input.json");
        assertThat(list.outputSchemaResource()).isEqualTo("mdm-mcp/schemas/acme/list_devices.output.json");
        assertThat(tool("delete_device").descriptor().outputSchemaResource()).isNull();
    }

    @Test
    void schemaResourcesAreOnTheClasspath() throws Exception {
        try (InputStream schema = loader.getResourceAsStream(tool("list_devices").descriptor().inputSchemaResource())) {
            assertThat(new ObjectMapper().readTree(schema).at("/properties/limit/maximum").asInt()).isEqualTo(300);
        }
    }

    @Test
    void bindingsPlaceEachArgumentWhereTheSpecSays() {
        HttpBinding<?> update = tool("update_device").http();

        assertThat(update.verb()).isEqualTo(HttpVerb.PATCH);
        assertThat(update.pathTemplate()).isEqualTo("/api/v1/devices/{device_id}");
        assertThat(update.parameters()).extracting(ParameterBinding::argument, ParameterBinding::wireName,
                ParameterBinding::location).containsExactly(
                        tuple("id", "device_id", ParameterLocation.PATH),
                        tuple("x_request_id", "X-Request-ID", ParameterLocation.HEADER),
                        tuple("asset_tag", "asset_tag", ParameterLocation.BODY_FIELD),
                        tuple("notes", "notes", ParameterLocation.BODY_FIELD),
                        tuple("location", "location", ParameterLocation.BODY_FIELD),
                        tuple("labels", "labels", ParameterLocation.BODY_FIELD),
                        tuple("attributes", "attributes", ParameterLocation.BODY_FIELD),
                        tuple("class", "class", ParameterLocation.BODY_FIELD));
        assertThat(update.paginationBinding()).isEmpty();
    }

    @Test
    void listBindingsPageWithTheVendorsStyle() {
        HttpBinding<?> apps = tool("list_device_apps").http();

        assertThat(apps.paginationBinding()).hasValueSatisfying(paging -> {
            assertThat(paging.style()).isEqualTo(new LocalPagination("whole_list", 25, 500));
            assertThat(paging.itemsPointer()).isEqualTo("/results");
        });
        assertThat(tool("list_devices").http().parametersIn(ParameterLocation.QUERY))
                .extracting(ParameterBinding::wireName, ParameterBinding::listFormat)
                .containsExactly(tuple("platform", ListFormat.REPEATED), tuple("serial_number", ListFormat.REPEATED),
                        tuple("ids", ListFormat.COMMA_SEPARATED));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void argumentsReadFromTheModelsJsonReachTheBinding() throws Exception {
        VendorTool list = tool("list_devices");
        Object arguments = new ObjectMapper().readValue(
                "{\"platform\":\"iPhone\",\"serial_number\":\"C02X\",\"ids\":[\"a\",\"b\"],\"limit\":2,\"next_cursor\":\"n1\"}",
                list.argumentsType());

        List<ParameterBinding> parameters = list.http().parameters();
        assertThat(((WireValue) parameters.get(0).valueIn(arguments)).wireValue()).isEqualTo("iPhone");
        assertThat(parameters.get(1).valueIn(arguments)).isEqualTo("C02X");
        assertThat(parameters.get(2).valueIn(arguments)).isEqualTo(List.of("a", "b"));
        assertThat(((PagedArguments) arguments).limit()).isEqualTo(2);
        assertThat(((PagedArguments) arguments).nextCursor()).isEqualTo("n1");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void nestedBodyRecordsWriteBackTheVendorsJsonWithoutNulls() throws Exception {
        VendorTool update = tool("update_device");
        ObjectMapper json = new ObjectMapper();
        Object arguments = json.readValue("{\"id\":\"d1\",\"asset_tag\":\"A-1\",\"location\":{\"building\":\"HQ\","
                + "\"coordinates\":{\"lat\":1.5}},\"class\":\"laptop\"}", update.argumentsType());

        ParameterBinding location = (ParameterBinding) update.http().parameters().get(4);
        assertThat(json.writeValueAsString(location.valueIn(arguments)))
                .isEqualTo("{\"building\":\"HQ\",\"coordinates\":{\"lat\":1.5}}");
        assertThat(((ParameterBinding) update.http().parameters().get(7)).valueIn(arguments)).isEqualTo("laptop");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void enumsWriteTheirWireValue() throws Exception {
        VendorTool search = tool("search_tickets");
        ObjectMapper json = new ObjectMapper();
        Object arguments = json.readValue("{\"status\":\"closed\"}", search.argumentsType());

        Object status = ((ParameterBinding) search.http().parameters().getFirst()).valueIn(arguments);
        assertThat(json.writeValueAsString(status)).isEqualTo("\"closed\"");
    }
}

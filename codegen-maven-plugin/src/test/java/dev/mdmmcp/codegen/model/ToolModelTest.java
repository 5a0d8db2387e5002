package dev.mdmmcp.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mdmmcp.codegen.testing.JsonKeys;
import dev.mdmmcp.codegen.testing.Models;
import dev.mdmmcp.codegen.testing.Workspace;
import dev.mdmmcp.codegen.types.EnumType;
import dev.mdmmcp.codegen.types.ListType;
import dev.mdmmcp.codegen.types.MapType;
import dev.mdmmcp.codegen.types.RecordType;
import dev.mdmmcp.codegen.types.ScalarType;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolHint;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolModelTest {

    @TempDir
    static Path root;

    private static VendorModel acme;

    @BeforeAll
    static void build() throws Exception {
        acme = Models.build(new Workspace(root).withFixture("acme"), "acme");
    }

    @Test
    void onlyOperationsWithARecordBecomeToolsInRecordOrder() {
        assertThat(acme.tools()).extracting(ToolModel::name).containsExactly("list_devices", "get_device",
                "update_device", "delete_device", "list_device_apps", "lock_device", "search_tickets");
        assertThat(acme.unexposed()).extracting(UnexposedOperation::operation).containsExactly(
                "POST /api/v1/uploads", "GET /api/v1/session", "GET /api/v1/blueprints", "PUT /api/v1/users/{id}");
    }

    @Test
    void unexposedOperationsThatNoRecordCouldExposeSayWhy() {
        assertThat(acme.unexposed()).extracting(UnexposedOperation::operation, UnexposedOperation::unsupportedReasons)
                .contains(tuple("POST /api/v1/uploads", java.util.List.of("request body is multipart/form-data, not JSON")),
                        tuple("GET /api/v1/blueprints", java.util.List.of()));
    }

    @Test
    void theVendorGetsItsPackageAndClassNames() {
        assertThat(acme.packageName()).isEqualTo("dev.mdmmcp.vendors.acme");
        assertThat(acme.vendorClassName()).isEqualTo("AcmeMdmVendor");
        assertThat(acme.catalogClassName()).isEqualTo("AcmeMdmCatalog");
        assertThat(acme.pagingStyles()).extracting(s -> s.name()).containsExactly("offset", "whole_list", "search_after");
        assertThat(acme.pagingStyles().getFirst())
                .isEqualTo(new OffsetPagination("offset", ParameterLocation.QUERY, "limit", "offset", 50, 300));
    }

    @Test
    void listArgumentsAreTheQueryParametersLessPagingThenLimitNextCursorAndFields() {
        ToolModel list = Models.tool(acme, "list_devices");

        assertThat(list.arguments()).extracting(ArgumentModel::name, ArgumentModel::location, ArgumentModel::listFormat)
                .containsExactly(
                        tuple("platform", ParameterLocation.QUERY, ListFormat.REPEATED),
                        tuple("serial_number", ParameterLocation.QUERY, ListFormat.REPEATED),
                        tuple("ids", ParameterLocation.QUERY, ListFormat.COMMA_SEPARATED),
                        tuple("limit", null, ListFormat.REPEATED),
                        tuple("next_cursor", null, ListFormat.REPEATED),
                        tuple("fields", null, ListFormat.REPEATED));
        assertThat(list.verb()).isEqualTo(HttpVerb.GET);
        assertThat(list.paging().itemsPointer()).isEmpty();
    }

    @Test
    void readToolsWithFieldsTakeASubsetOfThemAndTheWholeRecordOnlyWhereTheRecordAllowsIt(@TempDir Path other)
            throws Exception {
        Workspace workspace = new Workspace(other).withFixture("acme");
        workspace.edit("acme", "tools.yaml", "    fields: [device_id, serial_number, filevault.enabled]\n",
                "    fields: [device_id, serial_number, filevault.enabled]\n    whole_record: true\n");
        ToolModel list = Models.tool(acme, "list_devices");
        ToolModel get = Models.tool(Models.build(workspace, "acme"), "get_device");

        assertThat(list.inputSchema().at("/properties/fields").toString()).isEqualTo("{\"type\":\"array\","
                + "\"description\":\"Only these fields of each result, when a few are enough (e.g. two columns of a large"
                + " list); default: all listed.\",\"items\":{\"type\":\"string\",\"enum\":"
                + "[\"device_id\",\"serial_number\",\"platform\",\"user.email\"]}}");
        assertThat(get.inputSchema().at("/properties/fields/items/enum").toString())
                .isEqualTo("[\"device_id\",\"serial_number\",\"filevault.enabled\",\"*\"]");
        assertThat(get.inputSchema().at("/properties/fields/description").asText()).endsWith(
                " [\"*\"]: the vendor's whole record.");
        assertThat(Models.tool(acme, "update_device").inputSchema().at("/properties/fields").isMissingNode()).isTrue();
    }

    @Test
    void argumentTypesComeFromTheSchemas() {
        ToolModel list = Models.tool(acme, "list_devices");

        assertThat(list.arguments().get(0).type()).isInstanceOf(EnumType.class);
        assertThat(list.arguments().get(2).type()).isEqualTo(new ListType(ScalarType.of(ScalarType.Kind.STRING)));
        ScalarType limit = (ScalarType) list.arguments().get(3).type();
        assertThat(limit.minimum()).isEqualTo("1");
        assertThat(limit.maximum()).isEqualTo("300");
    }

    @Test
    void descriptionsAreCleanedAndRecordOverridesWin() {
        ToolModel list = Models.tool(acme, "list_devices");

        assertThat(list.arguments().get(0).description()).isEqualTo("Only devices of this platform, e.g. \"Mac\".");
        assertThat(list.arguments().get(1).description()).isEqualTo("Exact serial number, e.g. C02X1234ABCD.");
        assertThat(list.arguments().get(3).description()).isEqualTo("How many items to return in this call (default 50, at most 300).");
    }

    @Test
    void listDescriptionsEndWithThePagingInstruction() {
        ToolModel list = Models.tool(acme, "list_devices");

        assertThat(list.recordDescription()).isEqualTo("Lists enrolled devices with their serial number, platform and "
                + "assigned user. Filter by platform or serial number. Use get_device for one device's full record.");
        assertThat(list.description()).isEqualTo(list.recordDescription() + "\n\n"
                + "Returns at most `limit` items per call (default 50, at most 300). When the result contains "
                + "`next_cursor`, call this tool again with the same arguments and `next_cursor` set to that value, "
                + "unchanged, to get the next page.");
        assertThat(Models.tool(acme, "get_device").description()).isEqualTo("One device's full record, including FileVault state.");
    }

    @Test
    void bodyPropertiesBecomeArgumentsAfterPathAndHeaderParameters() {
        ToolModel update = Models.tool(acme, "update_device");

        assertThat(update.arguments()).extracting(ArgumentModel::name, ArgumentModel::wireName, ArgumentModel::location,
                ArgumentModel::javaName, ArgumentModel::required).containsExactly(
                        tuple("id", "device_id", ParameterLocation.PATH, "id", true),
                        tuple("x_request_id", "X-Request-ID", ParameterLocation.HEADER, "xRequestId", false),
                        tuple("asset_tag", "asset_tag", ParameterLocation.BODY_FIELD, "assetTag", true),
                        tuple("notes", "notes", ParameterLocation.BODY_FIELD, "notes", false),
                        tuple("location", "location", ParameterLocation.BODY_FIELD, "location", false),
                        tuple("labels", "labels", ParameterLocation.BODY_FIELD, "labels", false),
                        tuple("attributes", "attributes", ParameterLocation.BODY_FIELD, "attributes", false),
                        tuple("class", "class", ParameterLocation.BODY_FIELD, "classValue", false));
    }

    @Test
    void nestedObjectsAreRecordsArraysListsAndFreeFormObjectsMaps() {
        ToolModel update = Models.tool(acme, "update_device");

        RecordType location = (RecordType) update.arguments().get(4).type();
        assertThat(location.simpleName()).isEqualTo("Location");
        assertThat(location.properties()).extracting(RecordType.Property::wireName)
                .containsExactly("building", "floor", "coordinates");
        assertThat(location.properties().get(2).type()).isInstanceOf(RecordType.class);
        assertThat(((ListType) update.arguments().get(5).type()).element()).isInstanceOf(RecordType.class);
        assertThat(update.arguments().get(6).type()).isInstanceOf(MapType.class);
    }

    @Test
    void aBodyThatIsNotAnObjectIsOneBodyArgument() {
        ToolModel lock = Models.tool(acme, "lock_device");

        assertThat(lock.arguments()).extracting(ArgumentModel::name, ArgumentModel::location)
                .containsExactly(tuple("device_id", ParameterLocation.PATH), tuple("body", ParameterLocation.BODY));
        assertThat(lock.arguments().get(1).type()).isEqualTo(new ListType(ScalarType.of(ScalarType.Kind.STRING)));
    }

    @Test
    void pagingParametersInTheBodyAreLeftToTheRuntime() {
        ToolModel search = Models.tool(acme, "search_tickets");

        assertThat(search.arguments()).extracting(ArgumentModel::name).containsExactly("status", "limit", "next_cursor");
        assertThat(search.paging().style()).isInstanceOf(AfterIdPagination.class);
        assertThat(search.paging().itemsPointer()).isEqualTo("/data");
    }

    @Test
    void hintsFollowTheMethodClassThenTheRecord() {
        assertThat(Models.tool(acme, "list_devices").hints())
                .containsExactly(ToolHint.READ_ONLY, ToolHint.IDEMPOTENT, ToolHint.OPEN_WORLD);
        assertThat(Models.tool(acme, "update_device").hints()).containsExactly(ToolHint.IDEMPOTENT, ToolHint.OPEN_WORLD);
        assertThat(Models.tool(acme, "delete_device").hints())
                .containsExactly(ToolHint.DESTRUCTIVE, ToolHint.IDEMPOTENT, ToolHint.OPEN_WORLD);
        assertThat(Models.tool(acme, "lock_device").method()).isEqualTo(MethodClass.CUSTOM);
        assertThat(Models.tool(acme, "lock_device").hints()).containsExactly(ToolHint.DESTRUCTIVE, ToolHint.OPEN_WORLD);
    }

    @Test
    void theInputSchemaListsEveryArgumentAndWhichAreRequired() {
        ToolModel update = Models.tool(acme, "update_device");

        assertThat(JsonKeys.of(update.inputSchema().path("properties"))).containsExactly("id", "x_request_id",
                "asset_tag", "notes", "location", "labels", "attributes", "class");
        assertThat(update.inputSchema().path("required").toString()).isEqualTo("[\"id\",\"asset_tag\"]");
        assertThat(update.inputSchema().path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(update.inputSchema().at("/properties/notes/maxLength").asInt()).isEqualTo(500);
    }

    @Test
    void aToolWithoutRequiredArgumentsHasNoRequiredList() {
        assertThat(Models.tool(acme, "list_devices").inputSchema().has("required")).isFalse();
    }
}

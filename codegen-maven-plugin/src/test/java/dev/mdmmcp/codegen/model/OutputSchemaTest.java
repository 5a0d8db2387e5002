package dev.mdmmcp.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.codegen.testing.JsonKeys;
import dev.mdmmcp.codegen.testing.Models;
import dev.mdmmcp.codegen.testing.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSchemaTest {

    @TempDir
    static Path root;

    private static VendorModel acme;

    @BeforeAll
    static void build() throws Exception {
        acme = Models.build(new Workspace(root).withFixture("acme"), "acme");
    }

    @Test
    void aListReturnsItemsAndNextCursor() {
        JsonNode schema = Models.tool(acme, "list_devices").outputSchema();

        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(JsonKeys.of(schema.path("properties"))).containsExactly("items", "next_cursor");
        assertThat(schema.at("/properties/items/type").asText()).isEqualTo("array");
        assertThat(schema.at("/properties/next_cursor/type").asText()).isEqualTo("string");
        assertThat(schema.path("required").toString()).isEqualTo("[\"items\"]");
    }

    @Test
    void listItemsAreRestrictedToTheCuratedFields() {
        JsonNode item = Models.tool(acme, "list_devices").outputSchema().at("/properties/items/items");

        assertThat(JsonKeys.of(item.path("properties"))).containsExactly("device_id", "serial_number", "platform", "user");
        assertThat(JsonKeys.of(item.at("/properties/user/properties"))).containsExactly("email");
        assertThat(item.at("/properties/device_id/description").asText()).isEqualTo("The device's id.");
    }

    @Test
    void outputSchemasArePermissiveAboutMissingAndNullValues() {
        JsonNode item = Models.tool(acme, "list_devices").outputSchema().at("/properties/items/items");

        assertThat(item.toString()).doesNotContain("\"required\"", "additionalProperties", "\"enum\"");
        assertThat(item.at("/properties/platform/type").toString()).isEqualTo("[\"string\",\"null\"]");
    }

    @Test
    void otherToolsReturnTheObjectRestrictedToFieldsThroughAllOf() {
        JsonNode schema = Models.tool(acme, "get_device").outputSchema();

        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(JsonKeys.of(schema.path("properties"))).containsExactly("device_id", "serial_number", "filevault");
        assertThat(JsonKeys.of(schema.at("/properties/filevault/properties"))).containsExactly("enabled");
    }

    @Test
    void withoutFieldsTheWholeResponseIsDescribed() {
        JsonNode schema = Models.tool(acme, "update_device").outputSchema();

        assertThat(JsonKeys.of(schema.path("properties")))
                .containsExactly("device_id", "serial_number", "platform", "user", "last_check_in");
        assertThat(schema.at("/properties/last_check_in/format").asText()).isEqualTo("date-time");
    }

    @Test
    void aSchemaThatContainsItselfIsDescribedOnce(@TempDir Path other) throws Exception {
        Workspace workspace = new Workspace(other).withFixture("acme")
                .edit("acme", "tools.yaml", "    fields: [device_id, serial_number, filevault.enabled]\n", "");
        JsonNode schema = Models.tool(Models.build(workspace, "acme"), "get_device").outputSchema();

        assertThat(JsonKeys.of(schema.path("properties"))).contains("filevault", "parent");
        assertThat(schema.at("/properties/parent").toString()).isEqualTo("{\"type\":[\"object\",\"null\"]}");
    }

    @Test
    void itemsBelowAPointerAreFound() {
        JsonNode item = Models.tool(acme, "list_device_apps").outputSchema().at("/properties/items/items");

        assertThat(JsonKeys.of(item.path("properties"))).containsExactly("app_name", "version");
    }

    @Test
    void noResponseSchemaMeansNoOutputSchema() {
        assertThat(Models.tool(acme, "delete_device").outputSchema()).isNull();
        assertThat(Models.tool(acme, "lock_device").outputSchema()).isNull();
    }
}

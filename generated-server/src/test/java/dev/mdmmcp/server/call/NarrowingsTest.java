package dev.mdmmcp.server.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.catalog.VendorCatalog;
import dev.mdmmcp.server.result.Narrowing;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrowingsTest {

    private static final VendorCatalog ACMEMDM = TestConfigs.catalogs().vendor("acmemdm").orElseThrow();

    private static ToolEntry tool(String name) {
        return ACMEMDM.tool(name).orElseThrow();
    }

    @Test
    void aListToolNamesFieldsItsFiltersAndTheReadToolsBelowItsPath() {
        Narrowing narrowing = Narrowings.of(tool("list_devices"), JsonNodeFactory.instance.objectNode(), ACMEMDM.tools());

        assertThat(narrowing.tool()).isEqualTo("list_devices");
        assertThat(narrowing.fieldsArgument()).isTrue();
        assertThat(narrowing.wholeRecordAsked()).isFalse();
        assertThat(narrowing.filters()).contains("platform").doesNotContain("limit", "next_cursor", "fields");
        // update_device, delete_device and send_blank_push lie below it too, but do not read.
        assertThat(narrowing.partTools()).containsExactly("get_device");
    }

    @Test
    void onlyToolsTheServerOffersAreNamed() {
        Narrowing narrowing = Narrowings.of(tool("list_devices"), JsonNodeFactory.instance.objectNode(),
                List.of(tool("list_devices"), tool("list_parameters")));

        assertThat(narrowing.partTools()).isEmpty();
    }

    @Test
    void aGetToolHasNoFiltersAndKnowsWhenTheWholeRecordWasAsked() {
        ObjectNode arguments = JsonNodeFactory.instance.objectNode();
        arguments.put("device_id", "d1").putArray("fields").add("*");

        Narrowing narrowing = Narrowings.of(tool("get_device"), arguments, ACMEMDM.tools());

        assertThat(narrowing.filters()).isEmpty();
        assertThat(narrowing.wholeRecordAsked()).isTrue();
    }
}

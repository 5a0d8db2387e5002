package dev.mdmmcp.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.fixtures.acmemdm.AcmeMdmCatalog;
import dev.mdmmcp.fixtures.acmemdm.AcmeMdmVendor;
import dev.mdmmcp.fixtures.acmemdm.GetDeviceArguments;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.server.VendorFolders;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.VendorTool;
import dev.mdmmcp.vendor.VendorProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogsTest {

    private static ToolCatalog catalogOf(VendorTool<?>... tools) {
        return new ToolCatalog() {
            @Override
            public VendorProfile vendor() {
                return AcmeMdmVendor.PROFILE;
            }

            @Override
            public List<VendorTool<?>> tools() {
                return List.of(tools);
            }
        };
    }

    private static VendorTool<GetDeviceArguments> tool(String vendor, String schema, boolean paged) {
        ToolDescriptor descriptor = ToolDescriptor.builder(vendor, "broken").title("t").description("d")
                .method(MethodClass.GET).inputSchema(schema).build();
        HttpBinding.Builder<GetDeviceArguments> http = HttpBinding.builder(GetDeviceArguments.class, HttpVerb.GET, "/x");
        if (paged) {
            http.paginated(AcmeMdmVendor.OFFSET, "");
        }
        HttpBinding<GetDeviceArguments> binding = http.build();
        return new VendorTool<>() {
            @Override
            public ToolDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public Class<GetDeviceArguments> argumentsType() {
                return GetDeviceArguments.class;
            }

            @Override
            public HttpBinding<GetDeviceArguments> http() {
                return binding;
            }
        };
    }

    @Test
    void serviceLoaderFindsEveryRegisteredCatalogWithSchemas() {
        Catalogs catalogs = Catalogs.load();

        // The fixture catalogs of src/test/specs, beside those of specs/.
        assertThat(catalogs.vendorIds()).containsExactlyElementsOf(VendorFolders.all());
        VendorCatalog mdm = catalogs.vendor("acmemdm").orElseThrow();
        assertThat(mdm.tags()).containsExactly("actions", "devices", "library");
        assertThat(mdm.tool("get_device").orElseThrow().inputSchema().at("/required/0").asText()).isEqualTo("device_id");
    }

    @Test
    void twoCatalogsOfOneVendorAreRefused() {
        assertThatThrownBy(() -> Catalogs.of(List.of(new AcmeMdmCatalog(), new AcmeMdmCatalog())))
                .isInstanceOf(CatalogException.class).hasMessageContaining("two catalogs claim vendor 'acmemdm'");
    }

    @Test
    void missingSchemaResourceIsNamed() {
        assertThatThrownBy(() -> Catalogs.of(List.of(catalogOf(tool("acmemdm", "mdm-mcp/schemas/acmemdm/nope.input.json", false)))))
                .hasMessage("tool acmemdm/broken: input schema resource 'mdm-mcp/schemas/acmemdm/nope.input.json' is not on"
                        + " the classpath; rebuild the generated sources");
    }

    @Test
    void toolOfAnotherVendorAndPagedToolWithoutPagedArgumentsAreRefused() {
        String schema = "mdm-mcp/schemas/acmemdm/get_device.input.json";
        assertThatThrownBy(() -> Catalogs.of(List.of(catalogOf(tool("other", schema, false)))))
                .hasMessageContaining("its descriptor names vendor 'other'");
        assertThatThrownBy(() -> Catalogs.of(List.of(catalogOf(tool("acmemdm", schema, true)))))
                .hasMessageContaining("do not implement PagedArguments");
    }
}

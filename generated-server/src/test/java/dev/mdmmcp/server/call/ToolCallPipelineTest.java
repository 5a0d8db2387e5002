package dev.mdmmcp.server.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.fixtures.acmemdm.AcmeMdmVendor;
import dev.mdmmcp.fixtures.acmemdm.GetDeviceArguments;
import dev.mdmmcp.http.HttpBinding;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.server.budget.InProcessBudgetLedger;
import dev.mdmmcp.server.catalog.Catalogs;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.pagination.CursorCodec;
import dev.mdmmcp.testing.LogCapture;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.VendorTool;
import dev.mdmmcp.vendor.VendorProfile;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolCallPipelineTest {

    /** A tool whose generated accessor fails: a server fault, whatever the arguments. */
    private static final class BrokenTool implements VendorTool<GetDeviceArguments> {
        @Override
        public ToolDescriptor descriptor() {
            return ToolDescriptor.builder("acmemdm", "broken_tool").title("Broken").description("d")
                    .method(MethodClass.GET).tags("devices")
                    .inputSchema("mdm-mcp/schemas/acmemdm/get_device.input.json").build();
        }

        @Override
        public Class<GetDeviceArguments> argumentsType() {
            return GetDeviceArguments.class;
        }

        @Override
        public HttpBinding<GetDeviceArguments> http() {
            return HttpBinding.builder(GetDeviceArguments.class, HttpVerb.GET, "/x/{device_id}")
                    .path("device_id", arguments -> {
                        throw new IllegalStateException("boom with " + arguments.deviceId());
                    })
                    .build();
        }
    }

    @Test
    void aServerFaultIsAToolErrorWithARequestIdAndItsLogLineHidesArgumentValues() {
        Catalogs catalogs = Catalogs.of(List.of(new ToolCatalog() {
            @Override
            public VendorProfile vendor() {
                return AcmeMdmVendor.PROFILE;
            }

            @Override
            public List<VendorTool<?>> tools() {
                return List.of(new BrokenTool());
            }
        }));
        ServerConfig config = ServerConfig.fromYaml("""
                accounts:
                  mdm: {vendor: acmemdm, base_url: "https://x.test", credentials: {api_token: t}}
                servers:
                  s: {account: mdm, token: 0123456789abcdefghijklmnopqrstuvwxyz}
                """, Map.of(), catalogs);
        ToolEntry tool = catalogs.vendor("acmemdm").orElseThrow().tool("broken_tool").orElseThrow();
        ToolCallPipeline pipeline = new ToolCallPipeline(JsonMappers.create(), CursorCodec.withRandomKey(), Clock.systemUTC());
        AccountConnection account = AccountConnection.open(config.account("mdm"), JsonMappers.create(), Clock.systemUTC(),
                new InProcessBudgetLedger());
        CallToolResult result;
        List<String> lines;
        try (LogCapture calls = LogCapture.of("dev.mdmmcp.server.call")) {
            result = pipeline.call(new CallScope("abcd1234", "s"), account, List.of(tool), tool, Map.of("device_id", "PRIVATE-SERIAL"));
            lines = calls.records().stream()
                    .filter(record -> record.getLevel().intValue() >= java.util.logging.Level.INFO.intValue())
                    .map(record -> record.getMessage() + (record.getThrown() == null ? "" : record.getThrown().getMessage()))
                    .toList();
        }

        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().get(0)).text())
                .isEqualTo("The MCP server failed while running broken_tool (request abcd1234). This is a server fault,"
                        + " not a problem with the arguments; report the request id to the administrator.");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("tool call request=abcd1234 failed inside the server: java.lang.IllegalStateException at ");
        assertThat(lines.get(1)).contains("outcome=internal_error upstream_status=-");
        assertThat(String.join("\n", lines)).doesNotContain("PRIVATE-SERIAL");
    }
}

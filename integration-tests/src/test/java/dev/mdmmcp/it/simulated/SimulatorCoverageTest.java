package dev.mdmmcp.it.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.SimulatedTenants;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import dev.mdmmcp.simulator.samples.ToolSamples;
import dev.mdmmcp.it.support.ServedCatalogs;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every tool of every catalog that has a vendor simulator, called through the MCP Java SDK client and the real server
 * against its vendor's simulator, succeeds, and a list's second page (next_cursor) does too.
 * This keeps the simulators from drifting away from specs/: a path, parameter or response shape
 * the simulator does not serve fails here. Arguments are each record's first contract example
 * with ids that exist in the simulated tenant.
 */
class SimulatorCoverageTest {

    private static SimulatedTenants tenants;
    private static final Map<String, ToolCatalog> CATALOGS = new LinkedHashMap<>();
    private static final List<String> WITHOUT_SIMULATOR = new ArrayList<>();
    private static final Map<String, McpSyncClient> CLIENTS = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        // The vendors of specs/ that have a simulator; a vendor folder needs none (test-only vendors of
        // this module never have one).
        ServedCatalogs.catalogsOfTheServerJar().forEach((vendor, catalog) -> {
            if (VendorSimulator.VENDORS.contains(vendor)) {
                CATALOGS.put(vendor, catalog);
            } else {
                WITHOUT_SIMULATOR.add(vendor);
            }
        });

        // The tenant budget is not what this test is about: dozens of calls in a second would spend Kandji's 50/s.
        SimulatorSettings settings = SimulatorSettings.defaults().withDevices(300).withRateLimits(false);
        Map<String, SimulatorSettings> tenantSettings = new LinkedHashMap<>();
        CATALOGS.keySet().forEach(vendor -> tenantSettings.put(vendor, settings));
        tenants = SimulatedTenants.start(tenantSettings);
        CATALOGS.keySet().forEach(vendor -> CLIENTS.put(vendor, tenants.client(vendor)));
    }

    @AfterAll
    static void stop() {
        tenants.close();
    }

    @Test
    void everySimulatorHasItsCatalogAndASampleForEveryTool() {
        assertThat(CATALOGS.keySet()).as("simulators whose vendor folder is gone")
                .containsExactlyInAnyOrderElementsOf(VendorSimulator.VENDORS);
        for (ToolCatalog catalog : CATALOGS.values()) {
            Map<String, Map<String, Object>> samples = samples(catalog);
            assertThat(samples.keySet()).as(catalog.vendor().id())
                    .containsAll(catalog.tools().stream().map(tool -> tool.descriptor().name()).toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyToolSucceedsAgainstItsSimulator() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String vendor : WITHOUT_SIMULATOR) {
            tests.add(DynamicTest.dynamicTest(vendor + " (skipped)", () -> Assumptions.abort(
                    "vendor " + vendor + " has no simulator; ContractTest covers its tools through their examples")));
        }
        for (ToolCatalog catalog : CATALOGS.values()) {
            Map<String, Map<String, Object>> samples = samples(catalog);
            // Deletes last: they may remove the device the other tools use.
            List<ToolDescriptor> tools = catalog.tools().stream().map(tool -> tool.descriptor())
                    .sorted(Comparator.comparing(tool -> tool.method() == MethodClass.DELETE)).toList();
            for (ToolDescriptor tool : tools) {
                String vendor = catalog.vendor().id();
                tests.add(DynamicTest.dynamicTest(vendor + "/" + tool.name(),
                        () -> callAndFollowNextCursor(vendor, tool, samples.get(tool.name()))));
            }
        }
        return tests.stream();
    }

    private static void callAndFollowNextCursor(String vendor, ToolDescriptor tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = call(vendor, tool, arguments);
        if (tool.method() == MethodClass.LIST && result.structuredContent() instanceof Map<?, ?> structured
                && structured.get("next_cursor") instanceof String nextCursor) {
            Map<String, Object> next = new LinkedHashMap<>(arguments);
            next.put("next_cursor", nextCursor);
            call(vendor, tool, next);
        }
    }

    private static McpSchema.CallToolResult call(String vendor, ToolDescriptor tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = CLIENTS.get(vendor)
                .callTool(McpSchema.CallToolRequest.builder(tool.name()).arguments(arguments).build());
        assertThat(result.isError()).as("%s/%s with %s failed: %s", vendor, tool.name(), arguments, text(result))
                .isNotEqualTo(Boolean.TRUE);
        assertThat(result.structuredContent()).as("structured content of %s", tool.name()).isNotNull();
        return result;
    }

    private static Map<String, Map<String, Object>> samples(ToolCatalog catalog) {
        return ToolSamples.of(Path.of(System.getProperty("mdm-mcp.specs.directory")),
                tenants.simulator(catalog.vendor().id()));
    }

    private static String text(McpSchema.CallToolResult result) {
        return result.content().stream().filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text()).collect(Collectors.joining("\n"));
    }
}

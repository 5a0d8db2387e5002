package dev.mdmmcp.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.mdmmcp.it.support.ServedCatalogsTest;
import dev.mdmmcp.it.support.UpstreamAccounts;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolCatalog;
import dev.mdmmcp.tool.ToolDescriptor;
import dev.mdmmcp.tool.VendorTool;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of every generated tool: each example of its documentation record, replayed
 * through the MCP Java SDK client over HTTP, must send exactly the example's request (verb,
 * path, query, body, vendor auth) and give a result of the tool's shape; list tools also fetch
 * their second page through {@code next_cursor}.
 */
class ContractTest extends ServedCatalogsTest {

    @Test
    void everyCatalogToolHasAContractExample() {
        List<String> withoutExample = new ArrayList<>();
        for (ToolCatalog catalog : served.catalogs()) {
            Map<String, List<ToolExample>> examples = examplesOf(catalog);
            for (VendorTool<?> tool : catalog.tools()) {
                if (examples.getOrDefault(tool.descriptor().name(), List.of()).isEmpty()) {
                    withoutExample.add(catalog.vendor().id() + "/" + tool.descriptor().name());
                }
            }
        }
        assertThat(served.catalogs()).extracting(catalog -> catalog.vendor().id())
                .containsExactlyInAnyOrderElementsOf(VendorFolders.all());
        assertThat(withoutExample).as("tools without a contract example in specs/<vendor>/tools.yaml").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryTool() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ToolCatalog catalog : served.catalogs()) {
            Map<String, List<ToolExample>> examples = examplesOf(catalog);
            for (VendorTool<?> tool : catalog.tools()) {
                List<ToolExample> ofTool = examples.getOrDefault(tool.descriptor().name(), List.of());
                for (int i = 0; i < ofTool.size(); i++) {
                    ToolExample example = ofTool.get(i);
                    String name = catalog.vendor().id() + "/" + tool.descriptor().name() + " example " + (i + 1);
                    tests.add(DynamicTest.dynamicTest(name, () -> replay(catalog, tool.descriptor(), example)));
                }
            }
        }
        return tests.stream();
    }

    private static void replay(ToolCatalog catalog, ToolDescriptor tool, ToolExample example) {
        UpstreamAccounts account = new UpstreamAccounts(catalog.vendor());
        served.upstream().resetAll();
        account.stubTokenEndpoint(served.upstream());
        UpstreamStubs.stub(served.upstream(), example);

        McpSchema.CallToolResult first = call(catalog, tool, example.arguments());
        List<LoggedRequest> sent = RecordedRequests.apiRequests(served.upstream(), account.tokenPath());
        assertThat(sent).as("requests that reached the vendor").hasSize(1);
        ToolExample.ExpectedRequest expected = example.request();
        RecordedRequests.assertRequest("request", sent.getFirst(), expected.method(), expected.path(),
                expected.query(), expected.body(), account.expectedAuth());
        assertShape(tool, first);

        if (example.nextPage() != null) {
            Object nextCursor = structured(first).get("next_cursor");
            assertThat(nextCursor).as("next_cursor of a full first page").isInstanceOf(String.class);
            Map<String, Object> again = new LinkedHashMap<>(example.arguments());
            again.put("next_cursor", nextCursor);
            McpSchema.CallToolResult second = call(catalog, tool, again);
            sent = RecordedRequests.apiRequests(served.upstream(), account.tokenPath());
            assertThat(sent).as("requests that reached the vendor").hasSize(2);
            ToolExample.NextPage next = example.nextPage();
            RecordedRequests.assertRequest("second page request", sent.get(1), expected.method(), expected.path(),
                    next.query(), next.body() != null ? next.body() : expected.body(), account.expectedAuth());
            assertShape(tool, second);
        }
    }

    private static McpSchema.CallToolResult call(ToolCatalog catalog, ToolDescriptor tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = served.client(catalog.vendor().id())
                .callTool(McpSchema.CallToolRequest.builder(tool.name()).arguments(arguments).build());
        assertThat(result.isError()).as("tool error: %s", text(result)).isNotEqualTo(Boolean.TRUE);
        return result;
    }

    /** List results carry curated items; other results carry the curated object. */
    private static void assertShape(ToolDescriptor tool, McpSchema.CallToolResult result) {
        Map<String, Object> structured = structured(result);
        assertThat(text(result)).as("text content").isNotBlank();
        Set<String> curated = tool.fields().stream().map(field -> field.split("\\.")[0]).collect(Collectors.toSet());
        if (tool.method() == MethodClass.LIST) {
            assertThat(structured).containsKey("items");
            assertThat(structured.keySet()).isSubsetOf("items", "next_cursor");
            List<?> items = (List<?>) structured.get("items");
            if (!curated.isEmpty()) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> fields) {
                        assertThat(fields.keySet().stream().map(String::valueOf).toList())
                                .as("fields of a %s item", tool.name()).isSubsetOf(curated);
                    }
                }
            }
        } else if (!curated.isEmpty() && !structured.containsKey("status") && !structured.containsKey("result")) {
            assertThat(structured.keySet()).as("fields of the %s result", tool.name()).isSubsetOf(curated);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(McpSchema.CallToolResult result) {
        assertThat(result.structuredContent()).as("structuredContent").isInstanceOf(Map.class);
        return (Map<String, Object>) result.structuredContent();
    }

    private static String text(McpSchema.CallToolResult result) {
        return result.content().stream()
                .filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text())
                .collect(Collectors.joining("\n"));
    }

    private static Map<String, List<ToolExample>> examplesOf(ToolCatalog catalog) {
        return VendorExamples.read(VendorFolders.of(catalog.vendor().id()));
    }
}

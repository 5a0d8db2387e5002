package dev.mdmmcp.server.mcp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.mdmmcp.server.McpTestClients.call;
import static dev.mdmmcp.server.McpTestClients.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.mdmmcp.server.McpTestClients;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.testing.LogCapture;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code result_max_chars} over the whole path: a vendor whose list items together exceed the
 * cap, in each paging style of the fixture vendors, is read in several shortened pages that
 * hold every item exactly once, each result within the cap; a single object over the cap is a
 * tool error that says how to ask for less.
 */
class ResultCapOverMcpTest {

    private static final int CAP = 4_000;
    private static final int ITEMS = 15;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static WireMockServer vendor;
    private static MdmMcpServer server;
    private final McpTestClients clients = new McpTestClients();

    @BeforeAll
    static void start() {
        vendor = new WireMockServer(options().dynamicPort().extensions(new PagingVendor()));
        vendor.start();
        vendor.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(PagingVendor.NAME)));
        server = MdmMcpServer.start(ServerConfig.fromYaml("result_max_chars: " + CAP + "\n" + ServerWithVendorTest.UNLIMITED
                + TestConfigs.yaml(vendor.baseUrl()), Map.of(), TestConfigs.catalogs()));
        // AcmeMDM's read timeout is 1 s: the first request to a cold WireMock on a loaded machine can take longer.
        try (McpTestClients warmUp = new McpTestClients()) {
            call(warmUp.connect(server, TestConfigs.ADMIN_TOKEN), "get_device", Map.of("device_id", "warm-up"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        vendor.stop();
    }

    @AfterEach
    void closeClients() {
        clients.close();
    }

    /** What {@code ResultBody.size()} promises to keep under the cap: the text plus the structured content as JSON. */
    private static long size(CallToolResult result) throws Exception {
        return text(result).length() + MAPPER.writeValueAsString(result.structuredContent()).length();
    }

    /** Follows next_cursor to the end; every page must be within the cap. */
    private List<String> readAll(String token, String tool, Map<String, Object> arguments, String idField,
            List<String> notes) throws Exception {
        McpSyncClient client = clients.connect(server, token);
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = new HashMap<>(arguments);
            if (cursor != null) {
                page.put("next_cursor", cursor);
            }
            CallToolResult result = call(client, tool, page);
            assertThat(result.isError()).as(text(result)).isFalse();
            assertThat(size(result)).isLessThanOrEqualTo(CAP);
            JsonNode structured = MAPPER.valueToTree(result.structuredContent());
            structured.get("items").forEach(item -> ids.add(item.get(idField).asText()));
            if (structured.has("note")) {
                notes.add(structured.get("note").asText());
            }
            cursor = structured.path("next_cursor").isTextual() ? structured.get("next_cursor").asText() : null;
            pages++;
        } while (cursor != null && pages <= ITEMS * 2);
        assertThat(pages).as("pages of " + tool).isGreaterThan(2).isLessThanOrEqualTo(ITEMS);
        return ids;
    }

    private static List<String> expected(String prefix) {
        return IntStream.range(0, ITEMS).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void offsetPagingReturnsEveryItemOnceInPagesWithinTheCapAndSaysWhyAPageIsShort() throws Exception {
        List<String> notes = new ArrayList<>();

        List<String> ids = readAll(TestConfigs.ADMIN_TOKEN, "list_devices", Map.of("limit", 10), "device_id", notes);

        assertThat(ids).containsExactlyElementsOf(expected("d"));
        assertThat(notes).isNotEmpty();
        assertThat(notes.get(0)).matches("Only the first \\d+ of the 10 items of this page fit into one result of at most"
                + " 4000 characters \\(result_max_chars\\); the others follow with next_cursor. For more items per call,"
                + " name only the fields you need in 'fields', or narrow the list with its filters \\(.*platform.*\\)\\.");
    }

    @Test
    void localPagingReturnsEveryItemOnce() throws Exception {
        List<String> ids = readAll(TestConfigs.ADMIN_TOKEN, "list_parameters", Map.of("limit", 10), "id", new ArrayList<>());

        assertThat(ids).containsExactlyElementsOf(expected("p"));
    }

    @Test
    void afterIdPagingReturnsEveryItemOnce() throws Exception {
        List<String> ids = readAll(TestConfigs.RMM_TOKEN, "list_devices", Map.of("limit", 10), "id", new ArrayList<>());

        assertThat(ids).containsExactlyElementsOf(IntStream.range(0, ITEMS).mapToObj(i -> String.valueOf(100 + i)).toList());
    }

    @Test
    void vendorCursorPagingInTheQueryReturnsEveryItemOnce() throws Exception {
        List<String> ids = readAll(TestConfigs.RMM_TOKEN, "list_software", Map.of("limit", 10), "name", new ArrayList<>());

        assertThat(ids).containsExactlyElementsOf(IntStream.range(0, ITEMS).mapToObj(PagingVendor::software).toList());
    }

    @Test
    void vendorCursorPagingInTheBodyReturnsEveryItemOnce() throws Exception {
        List<String> ids = readAll(TestConfigs.KEY_TOKEN, "search_assets", Map.of("query", "mac", "limit", 10), "id",
                new ArrayList<>());

        assertThat(ids).containsExactlyElementsOf(expected("a"));
    }

    @Test
    void anObjectOverTheCapIsAToolErrorNamingTheFieldsArgumentAndIsLoggedAsSuch() {
        McpSyncClient client = clients.connect(server, TestConfigs.ADMIN_TOKEN);
        CallToolResult result;
        List<String> lines;
        try (LogCapture calls = LogCapture.of("dev.mdmmcp.server.call")) {
            result = call(client, "get_device", Map.of("device_id", "huge", "fields", List.of("*")));
            lines = calls.messages();
        }

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).matches("The result of get_device would be \\d+ characters, more than the 4000 characters"
                + " this server returns in one result \\(result_max_chars\\), so it was not returned: a longer result would"
                + " be cut off. Ask for less: name the fields you need in 'fields' instead of \"\\*\"\\.");
        assertThat(lines).singleElement().asString().contains("tool=get_device outcome=result_too_large upstream_status=200");
    }

    @Test
    void aListItemOverTheCapAloneIsAToolErrorNamingFieldsAndTheGetTool() {
        CallToolResult result = call(clients.connect(server, TestConfigs.ADMIN_TOKEN), "list_devices",
                Map.of("platform", "iPhone"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).matches("The next item of list_devices alone would make a result of \\d+ characters, more"
                + " than the 4000 characters this server returns in one result \\(result_max_chars\\), so nothing was"
                + " returned: a longer result would be cut off. Ask for less: name only the fields you need in 'fields',"
                + " or read the item with get_device\\.");
    }

    /**
     * A vendor that pages for real, in every style of the fixture vendors, over {@value #ITEMS}
     * items of about 400 characters each, so that ten of them do not fit into {@value #CAP}.
     */
    static final class PagingVendor implements ResponseDefinitionTransformerV2 {

        static final String NAME = "paging-vendor";

        static String software(int i) {
            return "software-" + i + "-" + "s".repeat(380);
        }

        private static String padding(int i) {
            return "x".repeat(360 + 20 * (i % 3));
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            String path = request.getUrl().replaceFirst("\\?.*", "");
            JsonNode answer = switch (path) {
                case "/ws/oauth/token" -> MAPPER.createObjectNode().put("access_token", "rmm-access-1")
                        .put("token_type", "Bearer").put("expires_in", 3600);
                case "/api/v1/devices" -> mdmDevices(request);
                case "/api/v1/devices/warm-up" -> MAPPER.createObjectNode().put("device_id", "warm-up");
                case "/api/v1/devices/huge" -> MAPPER.createObjectNode().put("device_id", "huge")
                        .put("serial_number", "S".repeat(5_000));
                case "/api/v1/library/parameters" -> MAPPER.createObjectNode().set("results",
                        array(0, ITEMS, i -> MAPPER.createObjectNode().put("id", "p" + i).put("value", padding(i))));
                case "/v2/devices" -> rmmDevices(request);
                case "/v2/queries/software" -> software(request);
                case "/v1/assets/search" -> assets(request);
                default -> null;
            };
            if (answer == null) {
                return new ResponseDefinitionBuilder().withStatus(404).withBody("no such path in the test vendor: " + path)
                        .build();
            }
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(answer.toString()).build();
        }

        private static JsonNode mdmDevices(Request request) {
            if ("iPhone".equals(query(request, "platform", null))) {
                return array(0, 1, i -> MAPPER.createObjectNode().put("device_id", "big").put("serial_number", "S".repeat(5_000)));
            }
            int offset = Integer.parseInt(query(request, "offset", "0"));
            int limit = Integer.parseInt(query(request, "limit", "50"));
            return array(offset, offset + limit, i -> MAPPER.createObjectNode().put("device_id", "d" + i)
                    .put("serial_number", padding(i)).put("platform", "Mac").put("udid", "not curated"));
        }

        private static JsonNode rmmDevices(Request request) {
            int after = Integer.parseInt(query(request, "after", "0"));
            int pageSize = Integer.parseInt(query(request, "pageSize", "50"));
            int from = Math.max(0, after - 100 + 1);
            return array(from, from + pageSize, i -> MAPPER.createObjectNode().put("id", 100 + i).put("systemName", padding(i)));
        }

        /** The vendor's cursor is an opaque "s" + the index of the next item. */
        private static JsonNode software(Request request) {
            int from = Integer.parseInt(query(request, "cursor", "s0").substring(1));
            int pageSize = Integer.parseInt(query(request, "pageSize", "50"));
            ObjectNode page = MAPPER.createObjectNode();
            page.set("results", array(from, from + pageSize, i -> MAPPER.createObjectNode().put("deviceId", i)
                    .put("name", software(i)).put("version", "1.0")));
            page.putObject("cursor").put("name", from + pageSize < ITEMS ? "s" + (from + pageSize) : null);
            return page;
        }

        private static JsonNode assets(Request request) {
            JsonNode body;
            try {
                body = MAPPER.readTree(request.getBodyAsString());
            } catch (Exception e) {
                throw new IllegalArgumentException(e);
            }
            int from = body.has("cursor") ? Integer.parseInt(body.get("cursor").asText().substring(2)) : 0;
            int size = body.get("size").asInt();
            ObjectNode page = MAPPER.createObjectNode();
            page.set("assets", array(from, from + size, i -> MAPPER.createObjectNode().put("id", "a" + i).put("text", padding(i))));
            page.put("next", from + size < ITEMS ? "c-" + (from + size) : null);
            return page;
        }

        private static String query(Request request, String name, String absent) {
            var parameter = request.queryParameter(name);
            return parameter.isPresent() ? parameter.firstValue() : absent;
        }

        private static ArrayNode array(int from, int to, java.util.function.IntFunction<ObjectNode> item) {
            ArrayNode array = MAPPER.createArrayNode();
            for (int i = from; i < Math.min(to, ITEMS); i++) {
                array.add(item.apply(i));
            }
            return array;
        }
    }
}

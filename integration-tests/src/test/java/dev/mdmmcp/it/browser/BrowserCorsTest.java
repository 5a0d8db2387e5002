package dev.mdmmcp.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.KnownDevice;
import dev.mdmmcp.it.support.ServedCatalogs;
import dev.mdmmcp.it.support.browser.HeadlessChromium;
import dev.mdmmcp.it.support.browser.PageServer;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A web app calls the MCP URL from headless Chromium: from an origin in {@code allowed_origins}
 * the browser's preflight is answered and the page reads the reply and its exposed headers; from
 * any other origin the browser gets nothing ("Failed to fetch") and the server refuses with 403.
 */
class BrowserCorsTest {

    /** POSTs a JSON-RPC request the way a browser MCP client does (a preflighted request). */
    private static final String FETCH = """
            const [url, body, done] = arguments;
            fetch(url, {method: 'POST', body,
                    headers: {'Content-Type': 'application/json', 'Accept': 'application/json, text/event-stream',
                              'MCP-Protocol-Version': '2025-06-18'}})
                .then(async r => done({status: r.status, requestId: r.headers.get('X-Request-Id'), body: await r.text()}))
                .catch(e => done({error: e.name + ': ' + e.message}));
            """;
    private static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}";

    private static PageServer allowedPage;
    private static PageServer foreignPage;
    private static MdmMcpServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        allowedPage = PageServer.serving("<!doctype html><title>allowed web app</title>");
        foreignPage = PageServer.serving("<!doctype html><title>some other site</title>");
        // Nothing here reaches a vendor: tools/list only.
        server = MdmMcpServer.start(ServerConfig.fromYaml("allowed_origins:\n  - " + allowedPage.origin() + "\n"
                + ServedCatalogs.configYaml("http://127.0.0.1:9"), Map.of()));
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
        allowedPage.close();
        foreignPage.close();
    }

    private static String mcpUrl() {
        return "http://127.0.0.1:" + server.port() + "/mcp/" + ServedCatalogs.tokenOf(KnownDevice.VENDOR);
    }

    @Test
    void aPageOnAnAllowedOriginReadsTheReplyAndTheExposedRequestId() {
        chromium.open(allowedPage.url());

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) chromium.runAsync(FETCH, mcpUrl(), TOOLS_LIST);

        assertThat(answer).as("what the page saw").doesNotContainKey("error").containsEntry("status", 200L);
        assertThat((String) answer.get("body")).startsWith("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"tools\":[");
        assertThat((String) answer.get("requestId")).as("X-Request-Id is exposed to the page").matches("[0-9a-f]{8}");
    }

    @Test
    void aPageOnAForeignOriginGetsNothing() {
        chromium.open(foreignPage.url());

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) chromium.runAsync(FETCH, mcpUrl(), TOOLS_LIST);

        assertThat(answer).isEqualTo(Map.of("error", "TypeError: Failed to fetch"));
    }
}

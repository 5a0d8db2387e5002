package dev.mdmmcp.it.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * One Kandji device the fake upstream knows, for tests whose client calls a real tool: the
 * client calls {@code get_device} with {@link #DEVICE_ID} and must see {@link #SERIAL} in the result.
 */
public final class KnownDevice {

    public static final String VENDOR = "kandji";
    public static final String TOOL = "get_device";
    public static final String DEVICE_ID = "5f1c2a9e-0b7d-4c1e-9a3f-1d2e3f4a5b61";
    public static final String SERIAL = "C02ZK1ABMD6R";
    private static final String PATH = "/api/v1/devices/" + DEVICE_ID;
    /** The tools/call an MCP Java SDK client sends to look the device up. */
    public static final McpSchema.CallToolRequest CALL = McpSchema.CallToolRequest.builder(TOOL)
            .arguments(Map.of("device_id", DEVICE_ID)).build();

    private KnownDevice() {
    }

    public static void stub(WireMockServer upstream) {
        upstream.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"device_id": "%s", "device_name": "ENG-MBP-0142", "serial_number": "%s",
                         "platform": "Mac", "os_version": "14.4.1"}""".formatted(DEVICE_ID, SERIAL))));
    }

    /** How many times the upstream was asked for the device. */
    public static int lookups(WireMockServer upstream) {
        return upstream.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
    }
}

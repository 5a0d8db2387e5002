package dev.mdmmcp.it.negative;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.mdmmcp.it.support.ServedCatalogs;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a model sees when it, or the vendor, gets something wrong: generated Kandji tools (and
 * the fixture vendor for the timeout) called through the MCP Java SDK client. Each case gets a
 * server of its own: a 429 rightly pauses the account, which must not leak into the next case.
 */
class NegativeCasesTest {

    private ServedCatalogs served;

    @BeforeEach
    void serve() {
        served = ServedCatalogs.start();
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void unknownToolIsAProtocolErrorNamingNoSuchTool() {
        assertThatThrownBy(() -> call("kandji", "format_every_disk", Map.of()))
                .isInstanceOf(McpError.class)
                .satisfies(error -> assertThat(((McpError) error).getJsonRpcError().code()).isEqualTo(-32602));
        assertThat(served.upstream().getAllServeEvents()).isEmpty();
    }

    @Test
    void missingRequiredArgumentIsNamedAndNothingIsSent() {
        McpSchema.CallToolResult result = call("kandji", "get_device", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("device_id");
        assertThat(served.upstream().getAllServeEvents()).isEmpty();
    }

    @Test
    void mistypedArgumentIsNamedWithItsType() {
        McpSchema.CallToolResult result = call("kandji", "list_devices", Map.of("limit", "many"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'limit'").contains("integer");
        assertThat(served.upstream().getAllServeEvents()).isEmpty();
    }

    @Test
    void unknownArgumentIsRefusedWithTheValidOnes() {
        McpSchema.CallToolResult result = call("kandji", "list_devices", Map.of("serial", "C02X"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'serial'").contains("serial_number").contains("platform");
        assertThat(served.upstream().getAllServeEvents()).isEmpty();
    }

    @Test
    void pathTraversalInAnIdStaysInsideItsPathSegment() {
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));

        call("kandji", "get_device", Map.of("device_id", "../../blueprints?x=1#"));

        assertThat(served.upstream().getAllServeEvents()).singleElement().satisfies(event ->
                assertThat(event.getRequest().getUrl()).isEqualTo("/api/v1/devices/..%2F..%2Fblueprints%3Fx%3D1%23"));
    }

    @Test
    void dotDotAloneIsRefusedBeforeAnyRequest() {
        McpSchema.CallToolResult result = call("kandji", "get_device", Map.of("device_id", ".."));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("device_id");
        assertThat(served.upstream().getAllServeEvents()).isEmpty();
    }

    @Test
    void upstream401SaysTheCredentialsWereRefused() {
        upstreamAnswers(401, "{\"detail\":\"Invalid token.\"}");

        McpSchema.CallToolResult result = call("kandji", "get_device", Map.of("device_id", "d-1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Kandji").contains("401").contains("Invalid token.")
                .doesNotContain(dev.mdmmcp.it.support.UpstreamAccounts.API_TOKEN);
    }

    @Test
    void upstream404SaysToCheckTheId() {
        upstreamAnswers(404, "{\"detail\":\"Not found.\"}");

        McpSchema.CallToolResult result = call("kandji", "get_device", Map.of("device_id", "d-404"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("404").contains("Not found.").contains("device_id");
    }

    @Test
    void upstream429SaysWhenToRetryAndCarriesNormalisedRateLimits() {
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30")
                .withHeader("X-RateLimit-Limit", "10000")
                .withHeader("X-RateLimit-Remaining", "0")
                .withBody("{\"detail\":\"Request was throttled.\"}")));

        McpSchema.CallToolResult result = call("kandji", "list_devices", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("429").contains("30 seconds");
        assertThat(result.meta()).containsEntry("ratelimit-limit", 10000).containsEntry("ratelimit-remaining", 0)
                .containsEntry("ratelimit-reset", 30);
        assertThat(served.upstream().getAllServeEvents()).as("a 429 is not retried").hasSize(1);
    }

    @Test
    void upstream500IsAToolErrorWithTheStatus() {
        upstreamAnswers(500, "{\"detail\":\"Server Error\"}");

        McpSchema.CallToolResult result = call("kandji", "list_devices", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Kandji").contains("500");
    }

    @Test
    void malformedUpstreamJsonIsAClearToolError() {
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"device_id\": \"d-1\", ")));

        McpSchema.CallToolResult result = call("kandji", "list_devices", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).containsIgnoringCase("json");
    }

    @Test
    void upstreamTimeoutIsBoundedAndReported() {
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withFixedDelay(3_000).withStatus(200)));
        long started = System.nanoTime();

        McpSchema.CallToolResult result = call("acme", "get_asset", Map.of("asset_id", "a-1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("timed out");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms waited").isLessThan(2_900);
    }

    @Test
    void resetConnectionIsAToolErrorAndTheServerStaysUsable() {
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(call("kandji", "get_device", Map.of("device_id", "d-1")).isError()).isTrue();

        served.upstream().resetAll();
        upstreamAnswers(200, "{\"device_id\":\"d-1\"}");
        assertThat(call("kandji", "get_device", Map.of("device_id", "d-1")).isError()).isNotEqualTo(Boolean.TRUE);
    }

    private void upstreamAnswers(int status, String json) {
        served.upstream().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }

    private McpSchema.CallToolResult call(String vendor, String tool, Map<String, Object> arguments) {
        return served.client(vendor).callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private static String text(McpSchema.CallToolResult result) {
        return result.content().stream()
                .filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text())
                .collect(Collectors.joining("\n"));
    }
}

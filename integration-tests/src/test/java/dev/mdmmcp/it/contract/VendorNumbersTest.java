package dev.mdmmcp.it.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.ServedCatalogsTest;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numbers from the vendor reach the model with their value and their form. */
class VendorNumbersTest extends ServedCatalogsTest {

    @Test
    void aTimestampWithAFractionComesBackAsTheVendorWroteIt() {
        served.upstream().stubFor(get(urlPathEqualTo("/api/v1/users")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"id\":\"u-1\",\"username\":\"dana\",\"email\":\"dana@example.com\",\"state\":\"ACTIVATED\","
                        + "\"created\":1764979200.0},{\"id\":\"u-2\",\"created\":0.10},{\"id\":\"u-3\",\"created\":12345678901234567890}]")));

        McpSchema.CallToolResult result = served.client("acmedir")
                .callTool(McpSchema.CallToolRequest.builder("list_users").arguments(Map.of()).build());

        String text = ((McpSchema.TextContent) result.content().getFirst()).text();
        assertThat(text).contains("\"created\":1764979200.0}", "\"created\":0.10}", "\"created\":12345678901234567890}")
                .doesNotContain("E9");
    }
}

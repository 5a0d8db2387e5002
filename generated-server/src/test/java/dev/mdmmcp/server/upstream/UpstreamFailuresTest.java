package dev.mdmmcp.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.NoResponseCause;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolDescriptor;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpstreamFailuresTest {

    private static UpstreamFailures failures(MethodClass method) {
        ToolDescriptor tool = ToolDescriptor.builder("kandji", "get_device").title("t").description("d")
                .method(method).inputSchema("x.json").build();
        return new UpstreamFailures("Kandji", tool, List.of("device_id"));
    }

    private static UpstreamResponse response(int status, String body) {
        return new UpstreamResponse(status, HttpHeaders.of(Map.of(), (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void forbiddenSaysPermissionIsMissing() {
        ToolFailure failure = failures(MethodClass.GET).forStatus(response(403, "{\"message\":\"Missing scope\"}"),
                RateLimitInfo.NONE, Optional.empty());

        assertThat(failure.getMessage()).startsWith("Kandji denied permission for get_device (HTTP 403): Missing scope."
                + " The account's API credentials lack the permission");
        assertThat(failure.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(failure.upstreamStatus()).isEqualTo(403);
    }

    @Test
    void rateLimitWithoutRetryAfterStillSaysWhatToDoAndReportsNothingLeft() {
        ToolFailure failure = failures(MethodClass.GET).forStatus(response(429, ""), RateLimitInfo.NONE, Optional.empty());

        assertThat(failure.getMessage()).contains("quota for this account is used up (HTTP 429)")
                .contains("Wait a minute before retrying; Kandji did not say how long.");
        assertThat(failure.rateLimit().toMeta()).containsEntry("ratelimit-remaining", 0L);
        assertThat(failure.outcome()).isEqualTo(Outcome.RATE_LIMITED);
    }

    @Test
    void clientErrorsAskToCorrectTheArguments() {
        ToolFailure failure = failures(MethodClass.UPDATE).forStatus(
                response(422, "{\"errors\":[{\"detail\":\"asset_tag too long\"}]}"), RateLimitInfo.NONE, Optional.empty());

        assertThat(failure.getMessage()).isEqualTo("Kandji rejected the request (HTTP 422): asset_tag too long. Check the"
                + " arguments against the tool's description and correct them before trying again.");
    }

    @Test
    void unreachableSaysTheRequestWasNotSent() {
        ToolFailure failure = failures(MethodClass.DELETE).noResponse(
                new UpstreamIoException(new NoResponseCause.ConnectFailed("Connection refused"), null));

        assertThat(failure.getMessage()).startsWith("Could not connect to Kandji (Connection refused). The request was not sent.");
        assertThat(failure.outcome()).isEqualTo(Outcome.UNREACHABLE);
    }

    @Test
    void vendorMessagesComeFromCommonShapesOrTheTextCutTo500Characters() {
        assertThat(VendorErrorMessage.from(bytes("{\"message\":\"m\"}"))).contains("m");
        assertThat(VendorErrorMessage.from(bytes("{\"error\":\"invalid_client\",\"error_description\":\"bad\"}"))).contains("bad");
        assertThat(VendorErrorMessage.from(bytes("{\"error\":{\"message\":\"nested\"}}"))).contains("nested");
        assertThat(VendorErrorMessage.from(bytes("{\"errors\":[{\"title\":\"first\"}]}"))).contains("first");
        assertThat(VendorErrorMessage.from(bytes("{\"resultCode\":\"FAILURE\",\"errorMessage\":\"em\"}"))).contains("em");
        assertThat(VendorErrorMessage.from(bytes("plain\ntext"))).contains("plain text");
        assertThat(VendorErrorMessage.from(bytes("x".repeat(800))).orElseThrow()).hasSize(503);
        assertThat(VendorErrorMessage.from(bytes(" "))).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.mdmmcp.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathTemplateTest {

    private static String expand(String value) {
        return PathTemplate.compile("/api/v1/devices/{device_id}/apps").expand(Map.of("device_id", value), Map.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc-123_X.y~z              | /api/v1/devices/abc-123_X.y~z/apps",
            "../../admin                | /api/v1/devices/..%2F..%2Fadmin/apps",
            "a/b                        | /api/v1/devices/a%2Fb/apps",
            "x?admin=true               | /api/v1/devices/x%3Fadmin%3Dtrue/apps",
            "x#frag                     | /api/v1/devices/x%23frag/apps",
            "%2e%2e                     | /api/v1/devices/%252e%252e/apps",
            "a b&c                      | /api/v1/devices/a%20b%26c/apps",
            "..\\\\..\\\\x              | /api/v1/devices/..%5C%5C..%5C%5Cx/apps",
            "é                          | /api/v1/devices/%C3%A9/apps"})
    void valuesBecomeExactlyOneEncodedSegment(String value, String expected) {
        assertThat(expand(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", ""})
    void dotSegmentsAndEmptyValuesAreRefused(String value) {
        assertThatThrownBy(() -> expand(value))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("argument 'device_id' must be an id")
                .extracting(e -> ((ToolFailure) e).outcome()).isEqualTo(Outcome.INVALID_ARGUMENTS);
    }

    @Test
    void missingValueNamesTheModelsArgument() {
        assertThatThrownBy(() -> PathTemplate.compile("/v2/board/{boardId}/run").expand(Map.of(), Map.of("boardId", "board_id")))
                .hasMessage("missing required argument 'board_id'");
    }

    @Test
    void literalTextAroundSeveralPlaceholdersIsKept() {
        assertThat(PathTemplate.compile("/v2/org/{org}/devices/{id}.json").expand(Map.of("org", "o 1", "id", "d2"), Map.of()))
                .isEqualTo("/v2/org/o%201/devices/d2.json");
        assertThat(PathTemplate.compile("/v1/devices").expand(Map.of(), Map.of())).isEqualTo("/v1/devices");
    }

    @Test
    void percentEncoderKeepsOnlyUnreservedCharacters() {
        assertThat(PercentEncoder.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
        assertThat(PercentEncoder.encode("/?#[]@!$&'()*+,;=%:")).isEqualTo(
                "%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%25%3A");
    }
}

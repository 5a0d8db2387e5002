package dev.mdmmcp.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }

    @Test
    void closestChoicesComeNearestFirstAndAtMostThree() {
        List<String> operations = List.of("GET /api/v1/devices", "GET /api/v1/devices/{device_id}",
                "GET /api/v1/blueprints", "DELETE /api/v1/devices/{device_id}", "POST /api/v1/users");
        assertThat(Suggestions.closest("GET /api/v1/device", operations))
                .containsExactly("GET /api/v1/devices", "GET /api/v1/devices/{device_id}", "GET /api/v1/blueprints");
    }

    @Test
    void closenessIgnoresCase() {
        assertThat(Suggestions.closest("LIST", List.of("get", "list"), 1)).containsExactly("list");
    }

    @Test
    void theHintIsEmptyWithoutCandidates() {
        assertThat(Suggestions.closestHint("x", List.of())).isEmpty();
        assertThat(Suggestions.closestHint("lsit", List.of("list", "get"))).isEqualTo("; closest: list, get");
    }
}

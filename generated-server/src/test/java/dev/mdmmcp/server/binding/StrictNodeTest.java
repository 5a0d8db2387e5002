package dev.mdmmcp.server.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrictNodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sets {@code a.limit} to {@code 9x} as variable {@code VAR_A_LIMIT}. */
    private static final Overrides LIMIT_FROM_VARIABLE = new Overrides() {
        @Override
        public Optional<String> variable(List<String> keyPath) {
            return Optional.of("VAR_" + String.join("_", keyPath).toUpperCase());
        }

        @Override
        public Optional<String> valueFor(List<String> keyPath) {
            return keyPath.equals(List.of("a", "limit")) ? Optional.of("9x") : Optional.empty();
        }
    };

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> messages(StrictInput input) {
        return input.problems().stream().map(Problem::message).toList();
    }

    @Test
    void readingGoesOnAfterAProblemAndCollectsEveryOne() {
        StrictInput input = StrictInput.file("f.yaml", Overrides.NONE);
        StrictNode a = input.root(json("{\"a\": {\"port\": \"x\", \"on\": \"yes\", \"wait\": \"-1\"}}")).child("a");

        assertThat(a.integer("port", 0, 65535)).isEmpty();
        assertThat(a.bool("on")).isEmpty();
        assertThat(a.seconds("wait", "0", "60")).isEmpty();

        assertThat(input.problems()).extracting(Problem::keyPath).containsExactly("a.port", "a.on", "a.wait");
        assertThat(messages(input)).containsExactly("a.port must be a whole number from 0 to 65535, got 'x'",
                "a.on must be true or false, got 'yes'", "a.wait must be a number of seconds from 0 to 60, got '-1'");
    }

    @Test
    void aValueAVariableSetNamesTheVariableOnceAtTheEnd() {
        StrictInput input = StrictInput.file("f.yaml", LIMIT_FROM_VARIABLE);
        StrictNode a = input.root(json("{\"a\": {\"limit\": 5}}")).child("a");

        assertThat(a.integer("limit", 1, 10)).isEmpty();
        assertThat(messages(input)).containsExactly("a.limit must be a whole number from 1 to 10, got '9x' (from VAR_A_LIMIT)");
    }

    @Test
    void aMissingRequiredValueSaysWhereToSetIt() {
        StrictInput input = StrictInput.file("f.yaml", LIMIT_FROM_VARIABLE);

        assertThat(input.root(json("{\"token\": \"\"}")).requiredSecret("token")).isEmpty();
        assertThat(messages(input)).containsExactly("token is required: set it in f.yaml or in VAR_TOKEN");
    }

    @Test
    void aSecretIsNeverQuoted() {
        StrictInput input = StrictInput.file("f.yaml", Overrides.NONE);
        StrictNode root = input.root(json("{\"key\": \"hunter2\"}"));

        root.read(root.secret("key"), "key", value -> {
            throw new Refusal("must be base64, got " + value.shown());
        });

        assertThat(messages(input)).containsExactly("key must be base64, got the value");
    }

    @Test
    void unknownKeysAreNamedWithTheNearestKnownOneWhenOneIsNear() {
        StrictInput input = StrictInput.file("f.yaml", Overrides.NONE);

        input.root(json("{\"prot\": 1, \"colour\": 2, \"port\": 3}")).rejectUnknownKeys(List.of("host", "port"), "a key");

        assertThat(messages(input)).containsExactly("prot is not a key (did you mean port?); valid: host, port",
                "colour is not a key; valid: host, port");
    }

    @Test
    void typedJsonRefusesNumbersAndBooleansSentAsStrings() {
        StrictInput input = StrictInput.json("the request");
        StrictNode root = input.root(json("{\"n\": \"8\", \"b\": \"true\", \"s\": 5, \"list\": [1]}"));

        assertThat(root.integer("n", 1, 10)).isEmpty();
        assertThat(root.bool("b")).isEmpty();
        assertThat(root.text("s")).isEmpty();
        assertThat(root.list("list")).isEmpty();

        assertThat(messages(input)).containsExactly(
                "n must be a whole number from 1 to 10 as a JSON number, not the string \"8\"",
                "b must be true or false", "s must be a string", "list must be a list of strings");
    }

    @Test
    void aKeyWithAProblemOfItsOwnIsNotAlsoReportedAsUnknown() {
        StrictInput input = StrictInput.json("the request");
        StrictNode root = input.root(json("{\"integration\": \"x\"}"));

        root.refuse("integration", "cannot be changed");
        root.rejectUnknownKeys(List.of("name"), "a known field");

        assertThat(messages(input)).containsExactly("integration cannot be changed");
    }
}

package dev.mdmmcp.server.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.json.JsonMappers;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentValidatorTest {

    private static ArgumentValidator validator(String vendor, String name) {
        ToolEntry tool = TestConfigs.catalogs().vendor(vendor).orElseThrow().tool(name).orElseThrow();
        return new ArgumentValidator(JsonMappers.create(), tool);
    }

    private String problems(String vendor, String name, Map<String, Object> arguments) {
        try {
            validator(vendor, name).validate(arguments);
        } catch (ToolFailure e) {
            assertThat(e.outcome()).isEqualTo(Outcome.INVALID_ARGUMENTS);
            return e.getMessage();
        }
        throw new AssertionError("expected invalid arguments");
    }

    @Test
    void validArgumentsPassWithNullsRemoved() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("platform", "Mac");
        arguments.put("serial_number", null);
        arguments.put("limit", 5);

        ObjectNode validated = validator("acmemdm", "list_devices").validate(arguments);

        assertThat(validated.has("serial_number")).isFalse();
        assertThat(validated.get("limit").asInt()).isEqualTo(5);
    }

    @Test
    void unknownArgumentsAreListedWithTheValidOnes() {
        assertThat(problems("acmemdm", "list_devices", Map.of("serial", "X")))
                .isEqualTo("Invalid arguments for list_devices: unknown argument 'serial' (valid arguments: platform,"
                        + " serial_number, blueprint_ids, include, supervised, limit, next_cursor, fields).");
        // Its only argument is the projection every get tool with curated fields takes.
        assertThat(problems("acmekey", "get_licenses", Map.of("x", 1)))
                .isEqualTo("Invalid arguments for get_licenses: unknown argument 'x' (valid arguments: fields).");
    }

    @Test
    void wrongTypesNameTheArgumentAndTheExpectedType() {
        assertThat(problems("acmemdm", "list_devices", Map.of("limit", "5"))).contains("argument 'limit' must be an integer");
        assertThat(problems("acmemdm", "list_devices", Map.of("supervised", "yes"))).contains("argument 'supervised' must be a boolean");
        assertThat(problems("acmemdm", "list_devices", Map.of("blueprint_ids", "b1"))).contains("argument 'blueprint_ids' must be an array");
        assertThat(problems("acmemdm", "list_devices", Map.of("blueprint_ids", List.of("a", 2))))
                .contains("argument 'blueprint_ids[1]' must be a string");
    }

    @Test
    void missingRequiredArgumentsAreNamed() {
        assertThat(problems("acmemdm", "get_device", Map.of())).contains("missing required argument 'device_id'");
        assertThat(problems("acmemdm", "update_device", Map.of("device_id", "d", "user", Map.of("full_name", "A"))))
                .contains("missing required argument 'user.email'");
    }

    @Test
    void enumsListTheAllowedValues() {
        assertThat(problems("acmemdm", "list_devices", Map.of("platform", "Linux")))
                .contains("argument 'platform' must be one of: Mac, iPhone");
    }

    @Test
    void boundsAndNestedUnknownProperties() {
        assertThat(problems("acmemdm", "list_devices", Map.of("limit", 0))).contains("argument 'limit' must be at least 1");
        assertThat(problems("acmemdm", "update_device", Map.of("device_id", "d", "user", Map.of("email", "e", "x", 1))))
                .contains("argument 'user' has an unknown property 'x'");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String message = problems("acmemdm", "get_device", Map.of("id", "d1"));

        assertThat(message).contains("unknown argument 'id'").contains("missing required argument 'device_id'");
    }
}

package dev.mdmmcp.codegen.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed tool surface: generation writes {@code tools.lock.json}, and a change of the
 * surface stops the build with a readable, classified diff until it is accepted.
 */
class ToolLockTest {

    @TempDir
    Path root;

    private Workspace acme;

    @BeforeEach
    void generateOnceSoTheLockExists() throws Exception {
        acme = new Workspace(root).withFixture("acme");
        acme.generate();
    }

    private String refusal() {
        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class,
                () -> acme.generate(acme.settings().acceptingToolChanges(false)));
        assertThat(failure).as("the build should have stopped").isNotNull();
        return failure.problems().getFirst().toString();
    }

    @Test
    void theFirstRunWritesTheLockAndTheSameSurfaceGivesTheSameBytes() throws Exception {
        Path lock = acme.specs().resolve("acme/tools.lock.json");
        byte[] first = Files.readAllBytes(lock);

        acme.edit("acme", "tools.yaml", "      Lists enrolled devices", "      Shows enrolled devices");
        acme.generate();

        assertThat(Files.readAllBytes(lock)).as("descriptions are not part of the lock").isEqualTo(first);
        assertThat(new String(first)).startsWith("{\n  \"vendor\" : \"acme\",\n  \"tools\" : {\n    \"delete_device\" : {\n"
                + "      \"method\" : \"delete\",\n");
    }

    @Test
    void aChangedSurfaceStopsTheBuildWithEveryChangeClassified() {
        acme.edit("acme", "openapi.yaml", "            enum: [Mac, iPhone, iPad, AppleTV]", "            enum: [Mac, iPhone, Vision]")
                .edit("acme", "openapi.yaml", "        - name: serial_number\n          in: query\n",
                        "        - name: serial_number\n          in: query\n          required: true\n")
                .edit("acme", "tools.yaml", "    title: List devices\n    tags: [devices]\n",
                        "    title: List devices\n    tags: [inventory]\n");

        assertThat(refusal()).isEqualTo("specs/acme/tools.lock.json: the tool surface changed; if that is intended, accept"
                + " it with -Dmdm-mcp.acceptToolChanges=true (rewrites this file; commit it with the change):\n"
                + "    list_devices: tag devices removed  [breaking for saved configurations]\n"
                + "    list_devices: tag inventory added  [not breaking]\n"
                + "    list_devices: argument platform: values AppleTV, iPad removed  [breaking for a model]\n"
                + "    list_devices: argument platform: values Vision added  [not breaking]\n"
                + "    list_devices: argument serial_number newly required  [breaking for a model]\n"
                + "    5 changes, 3 breaking");
    }

    @Test
    void removedRenamedAndRetypedArgumentsToolsFieldsAndBindingsAreNamed() {
        acme.edit("acme", "tools.yaml", "    operation: PATCH /api/v1/devices/{device_id}\n",
                        "    operation: PUT /api/v1/devices/{device_id}\n")
                .edit("acme", "openapi.yaml", "    patch:\n", "    put:\n")
                .edit("acme", "openapi.yaml", "        - name: limit\n          in: query\n          schema:\n            type: integer",
                        "        - name: limit\n          in: query\n          schema:\n            type: string");
        String refusal = refusal();

        assertThat(refusal).contains("update_device: HTTP binding PATCH /api/v1/devices/{device_id} -> PUT"
                + " /api/v1/devices/{device_id}  [not breaking]");
    }

    @Test
    void acceptingRewritesTheLockAndLogsTheChanges() throws Exception {
        acme.edit("acme", "openapi.yaml", "        - name: serial_number\n          in: query\n",
                "        - name: serial_number\n          in: query\n          required: true\n");
        acme.generate();
        acme.generate(acme.settings().acceptingToolChanges(false));

        assertThat(acme.log()).contains("specs/acme/tools.lock.json: rewritten, tool surface changes accepted:\n"
                + "    list_devices: argument serial_number newly required  [breaking for a model]\n"
                + "    1 change, 1 breaking");
        assertThat(new ObjectMapper().readTree(acme.specs().resolve("acme/tools.lock.json").toFile())
                .at("/tools/list_devices/inputSchema/required").toString()).isEqualTo("[\"serial_number\"]");
    }
}

package dev.mdmmcp.codegen.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mdmmcp.codegen.GeneratorSettings;
import dev.mdmmcp.codegen.testing.PublishedSpecs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift report against Kandji's published description: the reference copy (read at test
 * time) as the baseline, and a copy this test makes with changes planted in it.
 */
class DriftAnalysisTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path root;

    private Path reference;
    private Path kandji;

    @BeforeEach
    void findTheReferenceCopy() {
        reference = PublishedSpecs.require("kandji-api-v1.yaml");
        kandji = Path.of(System.getProperty("mdm-mcp.specs.directory"), "kandji");
    }

    private DriftReport drift(Path newer) throws Exception {
        return new DriftAnalysis(GeneratorSettings.DEFAULT_BASE_PACKAGE).analyse(kandji, "specs/kandji", List.of(newer),
                List.of(reference));
    }

    @Test
    void theDescriptionOurToolsWereMadeFromShowsNoDrift() throws Exception {
        DriftReport report = drift(reference);

        assertThat(report.hasDrift()).as(report.text()).isFalse();
    }

    @Test
    void plantedChangesAreReportedPerTool() throws Exception {
        ObjectNode spec = (ObjectNode) YAML.readTree(reference.toFile());
        ObjectNode paths = (ObjectNode) spec.get("paths");
        // a parameter renamed, one added, one removed
        parameter(paths, "/api/v1/blueprints", "name").put("name", "blueprint_name");
        parameters(paths, "/api/v1/devices/{device_id}/activity").addObject()
                .put("name", "action_type").put("in", "query").putObject("schema").put("type", "string");
        ArrayNode statusParameters = parameters(paths, "/api/v1/library/library-items/{library_item_id}/status");
        statusParameters.remove(indexOf(statusParameters, "computer_id"));
        // an endpoint deprecated, one removed, one new in a tag our tools use
        ((ObjectNode) paths.at("/~1api~1v1~1vulnerability-management~1vulnerabilities~1{cve_id}/get")).put("deprecated", true);
        ((ObjectNode) paths.get("/api/v1/devices/{device_id}")).remove("delete");
        ObjectNode templates = paths.putObject("/api/v1/blueprints/{blueprint_id}/templates").putObject("get");
        templates.putArray("tags").add("Blueprints");
        templates.putArray("parameters").addObject().put("name", "blueprint_id").put("in", "path").put("required", true)
                .putObject("schema").put("type", "string");
        templates.putObject("responses").putObject("200").put("description", "The templates.");
        // a curated field gone from a response
        ((ObjectNode) paths.at("/~1api~1v1~1users~1{user_id}/get/responses/200/content/application~1json/schema/properties"))
                .remove("email");
        Path newer = root.resolve("kandji-api-v1-newer.yaml");
        YAML.writeValue(newer.toFile(), spec);

        DriftReport report = drift(newer);

        assertThat(report.text()).isEqualTo("drift of kandji against " + newer + "\n"
                + "  list_device_activity\n"
                + "    argument action_type added  [not breaking]\n"
                + "  delete_device\n"
                + "    endpoint DELETE /api/v1/devices/{device_id} removed  [breaking for a model and for saved configurations]\n"
                + "  list_blueprints\n"
                + "    argument name renamed to blueprint_name  [breaking for a model]\n"
                + "  list_library_item_statuses\n"
                + "    argument computer_id removed  [breaking for a model]\n"
                + "  get_user\n"
                + "    curated field email gone from the response of GET /api/v1/users/{user_id}  [breaking for a model]\n"
                + "  get_vulnerability\n"
                + "    endpoint GET /api/v1/vulnerability-management/vulnerabilities/{cve_id} deprecated  [not breaking yet]\n"
                + "  new endpoints in the tags our tools use\n"
                + "    GET /api/v1/blueprints/{blueprint_id}/templates (Blueprints)\n"
                + "  6 tools drifted, 1 new endpoint\n");
    }

    private static ArrayNode parameters(ObjectNode paths, String path) {
        return (ArrayNode) paths.get(path).get("get").get("parameters");
    }

    private static ObjectNode parameter(ObjectNode paths, String path, String name) {
        ArrayNode parameters = parameters(paths, path);
        return (ObjectNode) parameters.get(indexOf(parameters, name));
    }

    private static int indexOf(ArrayNode parameters, String name) {
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            if (name.equals(parameter.path("name").asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }
}

package dev.mdmmcp.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.UnexposedOperation;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.testing.Models;
import dev.mdmmcp.codegen.testing.Workspace;
import dev.mdmmcp.vendor.StaticHeader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * API descriptions as vendors publish them: Swagger 2.0 converted by swagger-parser, several
 * documents merged under their base paths, an overlay of corrections; every conflict and every
 * correction that no longer applies is a problem naming the file, the place and the cause.
 */
class PublishedDescriptionsTest {

    /** The integration tests' vendor that publishes two Swagger 2.0 documents (v1 JSON, v2 YAML) with an overlay. */
    private static final Path ACMEDIR = Path.of("../integration-tests/src/test/specs/acmedir");

    @TempDir
    Path root;

    private Workspace workspace;

    @BeforeEach
    void copyVendor() {
        workspace = new Workspace(root).withFolder(ACMEDIR, "acmedir");
    }

    private List<String> problems() {
        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class, () -> Models.build(workspace, "acmedir"));
        assertThat(failure).as("the build should have failed").isNotNull();
        return failure.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void twoSwagger2DocumentsBecomeOneDescriptionUnderTheirBasePathsWithTheOverlayApplied() throws Exception {
        VendorModel model = Models.build(workspace, "acmedir");

        assertThat(model.tools()).extracting(ToolModel::operation).containsExactly(
                "GET /api/v1/users", "GET /api/v1/users/{user_id}", "GET /api/v2/systems",
                "GET /api/v2/systems/{system_id}", "POST /api/v2/systems/{system_id}/commands");
        assertThat(model.unexposed()).extracting(UnexposedOperation::operation)
                .as("the overlay removed the deprecated list").isEmpty();
        ToolModel getSystem = Models.tool(model, "get_system");
        assertThat(getSystem.outputSchema()).as("the overlay gave the response a schema").isNotNull();
        assertThat(getSystem.outputSchema().at("/properties/hostname/type/0").asText())
                .isEqualTo("string");
        ToolModel listSystems = Models.tool(model, "list_systems");
        assertThat(listSystems.inputSchema().at("/properties/os/description").asText())
                .isEqualTo("Only systems with this operating system, e.g. Windows, Mac OS X or Ubuntu.");
        ToolModel runCommand = Models.tool(model, "run_system_command");
        assertThat(runCommand.inputSchema().at("/properties/type/enum").toString()).isEqualTo("[\"lock\",\"restart\"]");
        assertThat(model.profile().headers()).containsExactly(
                StaticHeader.perAccount("x-org-id", "organization_id", false), StaticHeader.fixed("x-client", "mdm-mcp"));
        assertThat(model.profile().requiredCredentials()).containsExactly("api_key", "organization_id");
    }

    @Test
    void aPathDescribedByTwoDocumentsIsAConflictNamingBoth() {
        workspace.edit("acmedir", "vendor.yaml", "v2.yaml: {base_path: /api/v2}", "v2.yaml: {base_path: /api/v1}")
                .edit("acmedir", "openapi/v2.yaml", "  /systems:\n", "  /users:\n");

        assertThat(problems()).containsExactly("specs/acmedir/openapi/: path /api/v1/users is described by both"
                + " specs/acmedir/openapi/v1.json and specs/acmedir/openapi/v2.yaml; remove it from one, or give the"
                + " documents different base paths in vendor.yaml (documents:)");
    }

    @Test
    void aComponentTwoDocumentsDefineDifferentlyIsAConflict() {
        workspace.edit("acmedir", "openapi/v2.yaml", "  Error:\n    type: object\n    properties:\n      message: {type: string}",
                "  Error:\n    type: object\n    properties:\n      text: {type: string}");

        assertThat(problems()).containsExactly("specs/acmedir/openapi/: component schemas/Error is defined differently by"
                + " specs/acmedir/openapi/v1.json and specs/acmedir/openapi/v2.yaml; make the two definitions equal,"
                + " or rename one of them");
    }

    @Test
    void anOverlayActionWhoseTargetMatchesNothingFailsTheBuildNamingTheAction() {
        workspace.edit("acmedir", "overlay.yaml", "$.paths['/api/v2/legacy/systems']", "$.paths['/api/v2/old/systems']");

        assertThat(problems()).containsExactly("specs/acmedir/overlay.yaml: action #3 'The deprecated system list stays"
                + " out of the tools' (line 18): target $.paths['/api/v2/old/systems'] matches nothing in the description;"
                + " the vendor changed what this correction was written for, or the target is misspelt");
    }

    @Test
    void anOverlayActionWithoutUpdateOrRemoveIsRefused() {
        workspace.edit("acmedir", "overlay.yaml", "    remove: true\n", "");

        assertThat(problems()).containsExactly("specs/acmedir/overlay.yaml: action #3 'The deprecated system list stays"
                + " out of the tools' (line 18): neither updates nor removes; give it update: <value> or remove: true");
    }

    @Test
    void aSwaggerVersionOtherThan2IsRefusedNamingTheVersionFound() {
        workspace.edit("acmedir", "openapi/v2.yaml", "swagger: \"2.0\"", "swagger: \"1.2\"");

        assertThat(problems()).containsExactly("specs/acmedir/openapi/v2.yaml: declares swagger 1.2; the plugin reads"
                + " OpenAPI 3.0, OpenAPI 3.1 and Swagger 2.0");
    }

    @Test
    void aDocumentWithoutAVersionIsRefused() {
        workspace.edit("acmedir", "openapi/v2.yaml", "swagger: \"2.0\"\n", "");

        assertThat(problems()).containsExactly("specs/acmedir/openapi/v2.yaml: declares no version: neither 'openapi'"
                + " (OpenAPI 3.0, 3.1) nor 'swagger' (Swagger 2.0) is set");
    }

    @Test
    void aBasePathForADocumentTheFolderDoesNotHaveNamesTheDocuments() {
        workspace.edit("acmedir", "vendor.yaml", "v2.yaml: {base_path: /api/v2}", "v2.yml: {base_path: /api/v2}");

        assertThat(problems()).containsExactly("specs/acmedir/vendor.yaml: documents.v2.yml: not a document of the"
                + " folder; its documents: v1.json, v2.yaml; closest: v2.yaml, v1.json");
    }

    @Test
    void anOpenApi31JsonDocumentIsReadAsTheOnlyDocument() {
        workspace.delete("acmedir", "openapi/v1.json").delete("acmedir", "openapi/v2.yaml").delete("acmedir", "openapi")
                .delete("acmedir", "overlay.yaml")
                .edit("acmedir", "vendor.yaml", "  v1.json: {base_path: /api/v1}\n  v2.yaml: {base_path: /api/v2}\n", "")
                .edit("acmedir", "vendor.yaml", "documents:", "documents: {}\n#")
                .write("acmedir", "openapi.json", """
                        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                         "paths": {"/api/v1/users/{user_id}": {"get": {"operationId": "getUser",
                           "parameters": [{"name": "user_id", "in": "path", "required": true, "schema": {"type": "string"}}],
                           "responses": {"200": {"description": "The user.", "content": {"application/json": {"schema": {
                             "type": "object", "properties": {"id": {"type": "string"}, "username": {"type": ["string", "null"]},
                             "email": {"type": "string"}, "state": {"type": "string"}}}}}}}}}}}
                        """)
                .write("acmedir", "tools.yaml", """
                        tools:
                          - name: get_user
                            operation: GET /api/v1/users/{user_id}
                            method: get
                            title: Get a user
                            tags: [users]
                            description: Returns one directory user.
                            fields: [id, username]
                        """);

        VendorModel model = assertDoesNotFail();

        assertThat(model.tools()).extracting(ToolModel::operation).containsExactly("GET /api/v1/users/{user_id}");
        assertThat(Models.tool(model, "get_user").outputSchema().at("/properties/username/type/0").asText()).isEqualTo("string");
    }

    private VendorModel assertDoesNotFail() {
        try {
            return Models.build(workspace, "acmedir");
        } catch (SpecProblemsException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}

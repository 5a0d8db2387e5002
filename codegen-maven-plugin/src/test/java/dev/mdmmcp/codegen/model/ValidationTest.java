package dev.mdmmcp.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality gate: each test breaks the acme fixture in one way and checks the build fails
 * with a message naming the file, the record and the way out.
 */
class ValidationTest {

    private static final String TOOLS = "specs/acme/tools.yaml";

    @TempDir
    Path root;

    private Workspace acme;

    @BeforeEach
    void copyFixture() {
        acme = new Workspace(root).withFixture("acme");
    }

    /** {@code tool #3 'update_device' (line 31)}: the record as the current tools.yaml has it. */
    private String record(int number) {
        List<String> lines;
        try {
            lines = Files.readAllLines(acme.specs().resolve("acme/tools.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  - ") && ++seen == number) {
                String name = lines.get(i).startsWith("  - name: ") ? lines.get(i).substring("  - name: ".length()).strip() : null;
                return "tool #" + number + (name == null ? "" : " '" + name + "'") + " (line " + (i + 1) + ")";
            }
        }
        throw new IllegalArgumentException("no record #" + number);
    }

    private List<String> problems() {
        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class, acme::generate);
        assertThat(failure).as("the build should have failed").isNotNull();
        return failure.problems().stream().map(Problem::toString).toList();
    }

    private String onlyProblem() {
        List<String> problems = problems();
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    /** Appends a record for one of the fixture's unexposed operations. */
    private void addRecord(String yaml) {
        acme.append("acme", "tools.yaml", "\n" + yaml.stripTrailing().indent(2));
    }

    @Test
    void aRecordMatchingNoOperationNamesTheClosestOperations() {
        acme.edit("acme", "tools.yaml", "operation: GET /api/v1/devices\n", "operation: GET /api/v1/device\n");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(1) + ": operation 'GET /api/v1/device' matches "
                + "no operation of openapi.yaml; closest: GET /api/v1/devices, GET /api/v1/devices/{device_id}, "
                + "GET /api/v1/devices/{device_id}/apps");
    }

    @Test
    void anOperationThatIsNotVerbAndPathSaysSo() {
        acme.edit("acme", "tools.yaml", "operation: GET /api/v1/devices\n", "operation: /api/v1/devices\n");

        assertThat(onlyProblem()).startsWith(TOOLS + ": " + record(1) + ": operation '/api/v1/devices' is not "
                + "\"VERB /path\", e.g. GET /api/v1/devices; closest: ");
    }

    @Test
    void theVerbOfAnOperationMayBeLowerCase() throws Exception {
        acme.edit("acme", "tools.yaml", "operation: GET /api/v1/devices\n", "operation: get /api/v1/devices\n");

        assertThat(acme.generate()).isNotEmpty();
    }

    @Test
    void twoRecordsWithOneNameAreRefused() {
        acme.edit("acme", "tools.yaml", "  - name: get_device\n", "  - name: list_devices\n");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(2) + ": name 'list_devices' is already used "
                + "by " + record(1) + "; tool names are unique within a vendor");
    }

    @Test
    void aToolNameThatIsNotSnakeCaseIsRefusedWithTheSnakeCaseForm() {
        acme.edit("acme", "tools.yaml", "  - name: get_device\n", "  - name: getDevice\n");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(2) + ": name 'getDevice' is not snake_case "
                + "(lower-case words joined by _); e.g. get_device");
    }

    @Test
    void anUnknownMethodClassListsTheValidOnes() {
        acme.edit("acme", "tools.yaml", "    method: update\n", "    method: upadte\n");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(3) + ": unknown method class 'upadte'; "
                + "valid: list, get, create, update, delete, custom (closest: update)");
    }

    @Test
    void aListWithoutPaginationIsRefused() {
        acme.edit("acme", "tools.yaml", "    pagination: {style: whole_list, items: /results}\n", "");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(5) + ": a list tool needs pagination: "
                + "{style: ..., items: ...}; vendor.yaml defines: offset, whole_list, search_after");
    }

    @Test
    void paginationOnAToolThatIsNotAListIsRefused() {
        acme.edit("acme", "tools.yaml", "    method: list\n    title: List apps", "    method: get\n    title: List apps");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(5) + ": pagination is only for list tools, "
                + "and method is get; remove it or make the method list");
    }

    @Test
    void anUnknownPaginationStyleListsTheVendorsStyles() {
        acme.edit("acme", "tools.yaml", "style: whole_list", "style: whole-list");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(5) + ": unknown pagination style "
                + "'whole-list'; vendor.yaml defines: offset, whole_list, search_after (closest: whole_list)");
    }

    @Test
    void aPagingStyleTheOperationCannotPageWithIsRefused() {
        acme.edit("acme", "tools.yaml", "style: whole_list", "style: offset");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(5) + ": pagination style 'offset' pages "
                + "with query parameter(s) limit, offset, which GET /api/v1/devices/{device_id}/apps does not have; "
                + "name the style this operation pages with (vendor.yaml also defines: whole_list, search_after)");
    }

    @Test
    void anItemsPointerThatMissesTheArrayNamesTheArrays() {
        acme.edit("acme", "tools.yaml", "items: /results}", "items: /result}");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(5) + ": pagination.items '/result' does "
                + "not lead to an array in the response of GET /api/v1/devices/{device_id}/apps; arrays there: '/results'");
    }

    @Test
    void anItemsPointerIntoAnArrayResponseMustBeEmpty() {
        acme.edit("acme", "tools.yaml", "      items: \"\"\n", "      items: /devices\n");

        assertThat(onlyProblem()).endsWith("pagination.items '/devices' does not lead to an array in the response of "
                + "GET /api/v1/devices; arrays there: ''");
    }

    @Test
    void anArgumentsEntryNamingNoParameterNamesTheClosest() {
        acme.edit("acme", "tools.yaml", "      serial_number: {description:", "      serial_numbr: {description:");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(1) + ": arguments: 'serial_numbr' names no "
                + "parameter or body property of GET /api/v1/devices; closest: serial_number, platform, ids");
    }

    @Test
    void anArgumentsEntryNamingAPagingParameterExplainsWhy() {
        acme.edit("acme", "tools.yaml", "      serial_number: {description:", "      offset: {exclude: true}\n      serial_number: {description:");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(1) + ": arguments: 'offset' is set by "
                + "pagination style 'offset' and is never an argument; the model pages with limit and next_cursor");
    }

    @Test
    void excludingARequiredParameterIsRefused() {
        acme.edit("acme", "tools.yaml", "      device_id: {name: id}", "      device_id: {exclude: true}");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(3) + ": arguments: path parameter 'device_id' "
                + "is required by PATCH /api/v1/devices/{device_id} and cannot be excluded");
    }

    @Test
    void excludingAnOptionalParameterRemovesIt() throws Exception {
        acme.edit("acme", "tools.yaml", "      device_id: {name: id}", "      device_id: {name: id}\n      notes: {exclude: true}");

        acme.generate();

        assertThat(acme.resource("mdm-mcp/schemas/acme/update_device.input.json")).doesNotContain("\"notes\"");
    }

    @Test
    void renamingToAnInvalidNameIsRefused() {
        acme.edit("acme", "tools.yaml", "      device_id: {name: id}", "      device_id: {name: device-id}");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(3) + ": arguments: new name 'device-id' of path "
                + "parameter 'device_id' is not a valid argument name (letters, digits and _, not starting with a digit, at most 64)");
    }

    @Test
    void aPathParameterAndABodyPropertyWithOneNameCollideAndTheWayOutIsNamed() {
        addRecord("""
                - name: replace_user
                  operation: PUT /api/v1/users/{id}
                  method: update
                  title: Replace user
                  tags: [users]
                  description: Replaces a user.
                  arguments:
                    tagId: {exclude: true}
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": arguments collide: path parameter 'id' "
                + "and body property 'id' are all named 'id'; rename one, e.g. arguments: {body.id: {name: body_id}}, "
                + "or exclude it: {body.id: {exclude: true}}");
    }

    @Test
    void theSuggestedRenameResolvesTheCollision() throws Exception {
        addRecord("""
                - name: replace_user
                  operation: PUT /api/v1/users/{id}
                  method: update
                  title: Replace user
                  tags: [users]
                  description: Replaces a user.
                  arguments:
                    tagId: {exclude: true}
                    body.id: {name: body_id}
                """);

        acme.generate();

        assertThat(acme.source("acme", "ReplaceUserTool")).contains(".path(\"id\", ReplaceUserArguments::id)",
                ".bodyField(\"id\", \"body_id\", ReplaceUserArguments::bodyId)");
    }

    @Test
    void anAmbiguousArgumentsKeyAsksForTheQualifiedForm() {
        addRecord("""
                - name: replace_user
                  operation: PUT /api/v1/users/{id}
                  method: update
                  title: Replace user
                  tags: [users]
                  description: Replaces a user.
                  arguments:
                    id: {name: user_id}
                    tagId: {exclude: true}
                """);

        assertThat(problems()).first().isEqualTo(TOOLS + ": " + record(8) + ": arguments: 'id' is ambiguous: path "
                + "parameter 'id' and body property 'id'; write path.id or body.id");
    }

    @Test
    void namesThatBecomeOneJavaNameCollide() {
        addRecord("""
                - name: replace_user
                  operation: PUT /api/v1/users/{id}
                  method: update
                  title: Replace user
                  tags: [users]
                  description: Replaces a user.
                  arguments:
                    body.id: {name: body_id}
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": arguments collide: query parameter "
                + "'tagId' and query parameter 'tag_id' all become the Java name tagId; rename one, e.g. arguments: "
                + "{tag_id: {name: query_tag_id}}, or exclude it: {tag_id: {exclude: true}}");
    }

    @Test
    void aParameterNamedLimitCollidesWithThePagingArgumentOfLists() {
        addRecord("""
                - name: list_blueprints
                  operation: GET /api/v1/blueprints
                  method: list
                  title: List blueprints
                  tags: [blueprints]
                  description: Lists blueprints.
                  pagination: {style: whole_list, items: ""}
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": arguments collide: query parameter "
                + "'limit' and the paging argument 'limit' of list tools are all named 'limit'; rename one, e.g. "
                + "arguments: {limit: {name: query_limit}}, or exclude it: {limit: {exclude: true}}");
    }

    @Test
    void exampleArgumentsMustBeArgumentsOfTheTool() {
        acme.edit("acme", "tools.yaml", "- arguments: {platform: Mac, limit: 2}", "- arguments: {platfrom: Mac, limit: 2}");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(1) + ": examples[0].arguments: 'platfrom' is not "
                + "an argument of list_devices; closest: platform, limit, fields");
    }

    @Test
    void wholeRecordIsOnlyForReadToolsWithFields() {
        acme.edit("acme", "tools.yaml", "    fields: [app_name, version]\n", "    fields: [app_name, version]\n"
                + "    whole_record: true\n");
        addRecord("""
                - name: list_blueprints
                  operation: GET /api/v1/blueprints
                  method: list
                  title: List blueprints
                  tags: [blueprints]
                  description: Lists blueprints.
                  pagination: {style: whole_list, items: ""}
                  whole_record: true
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": whole_record is only for list and get tools"
                + " with fields: it lets the fields argument take \"*\" instead of the fields listed");
    }

    @Test
    void aParameterNamedFieldsCollidesWithTheFieldsArgumentOfReadTools() {
        addRecord("""
                - name: list_blueprints
                  operation: GET /api/v1/blueprints
                  method: list
                  title: List blueprints
                  tags: [blueprints]
                  description: Lists blueprints.
                  pagination: {style: whole_list, items: ""}
                  fields: [id, name]
                  arguments:
                    limit: {name: fields}
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": arguments collide: query parameter "
                + "'limit' and the argument 'fields' of list and get tools are all named 'fields'; rename one, e.g. "
                + "arguments: {limit: {name: query_fields}}, or exclude it: {limit: {exclude: true}}");
    }

    @Test
    void missingTitleDescriptionAndTagsAreEachReported() {
        acme.edit("acme", "tools.yaml", """
                    title: Delete device
                    tags: [devices, write]
                    description: Removes a device from Acme. The device must re-enroll to come back.
                """, "");

        assertThat(problems()).containsExactly(
                TOOLS + ": " + record(4) + ": title is missing: a short human title, e.g. List devices",
                TOOLS + ": " + record(4) + ": description is missing: say what it returns, when to use it and what to chain it with",
                TOOLS + ": " + record(4) + ": tags are missing: at least one, e.g. [devices]; MCP servers filter tools by tag");
    }

    @Test
    void aFieldTheResponseLacksNamesTheClosestFields() {
        acme.edit("acme", "tools.yaml", "      - user.email\n", "      - user.emial\n");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(1) + ": fields: 'user.emial' is not a property of "
                + "the 'user' of the response of GET /api/v1/devices; closest: user.email, user.name");
    }

    @Test
    void anOperationARecordCannotExposeFailsWithTheReason() {
        addRecord("""
                - name: upload_file
                  operation: POST /api/v1/uploads
                  method: create
                  title: Upload
                  tags: [files]
                  description: Uploads a file.
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": operation POST /api/v1/uploads cannot be "
                + "a tool: request body is multipart/form-data, not JSON");
    }

    @Test
    void aCookieParameterOnARecordsOperationFailsWithTheReason() {
        addRecord("""
                - name: get_session
                  operation: GET /api/v1/session
                  method: get
                  title: Session
                  tags: [session]
                  description: The session.
                """);

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(8) + ": operation GET /api/v1/session cannot be "
                + "a tool: cookie parameter 'session' (tools send no cookies)");
    }

    @Test
    void anUnknownKeyNamesTheFileTheRecordAndTheValidKeys() {
        acme.edit("acme", "tools.yaml", "    title: Get device\n", "    titel: Get device\n");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(2) + ": unknown key 'titel' (line 33); valid keys: "
                + "name, operation, method, title, tags, description, pagination, fields, whole_record, arguments, hints, "
                + "examples (closest: title)");
    }

    @Test
    void anUnknownKeyInsideARecordNamesWhereInside() {
        acme.edit("acme", "tools.yaml", "    hints: {destructive: true}", "    hints: {destructiv: true}");

        assertThat(onlyProblem()).isEqualTo(TOOLS + ": " + record(6) + " at hints: unknown key 'destructiv' (line 69); "
                + "valid keys: read_only, destructive, idempotent (closest: destructive)");
    }

    @Test
    void allProblemsOfAllRecordsAreReportedTogether() {
        acme.edit("acme", "tools.yaml", "operation: GET /api/v1/devices\n", "operation: GET /api/v1/device\n")
                .edit("acme", "tools.yaml", "    method: update\n", "    method: upadte\n")
                .edit("acme", "tools.yaml", "style: whole_list", "style: whole-list");

        assertThat(problems()).hasSize(3).anySatisfy(p -> assertThat(p).contains(record(1)))
                .anySatisfy(p -> assertThat(p).contains(record(3)))
                .anySatisfy(p -> assertThat(p).contains(record(5)));
    }

    @Test
    void theFailureMessageListsEveryProblemOnItsOwnLine() {
        acme.edit("acme", "tools.yaml", "    method: update\n", "    method: upadte\n")
                .edit("acme", "tools.yaml", "style: whole_list", "style: whole-list");

        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class, acme::generate);

        assertThat(failure.getMessage()).startsWith("2 problems in the vendor folders:")
                .contains(System.lineSeparator() + "  - " + TOOLS + ": tool #3");
        assertThat(failure.getStackTrace()).isNotNull();
    }

    @Test
    void nothingIsWrittenWhenThereAreProblems() {
        acme.edit("acme", "tools.yaml", "    method: update\n", "    method: upadte\n");

        problems();

        assertThat(Files.exists(acme.sources())).isFalse();
        assertThat(Files.exists(acme.resources())).isFalse();
    }

    @Test
    void parserRemarksOnAnExposedOperationFailTheBuild() {
        acme.edit("acme", "openapi.yaml", "      operationId: getDevice\n", "      operationId: getDevice\n      sumary: typo\n");

        assertThat(onlyProblem()).startsWith("specs/acme/openapi.yaml: GET /api/v1/devices/{device_id}: attribute "
                + "paths.'/api/v1/devices/{device_id}'(get).sumary is unexpected");
    }

    @Test
    void parserRemarksOnUnexposedOperationsAreOnlyWarnings() throws Exception {
        acme.edit("acme", "openapi.yaml", "      operationId: getSession\n", "      operationId: getSession\n      sumary: typo\n");

        acme.generate();

        assertThat(Files.readString(acme.work().resolve("acme-unexposed.txt")))
                .contains("openapi.yaml: attribute paths.'/api/v1/session'(get).sumary is unexpected");
        assertThat(acme.log()).contains("WARN acme: 2 warnings, listed in target/mdm-mcp-codegen/acme-unexposed.txt");
    }
}

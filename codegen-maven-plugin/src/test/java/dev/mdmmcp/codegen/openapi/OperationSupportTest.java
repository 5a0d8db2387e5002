package dev.mdmmcp.codegen.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.codegen.testing.InlineSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationSupportTest {

    @TempDir
    static Path directory;

    private static InlineSpec spec;
    private static OperationSupport support;

    @BeforeAll
    static void readSpec() {
        spec = InlineSpec.of(directory, """
                paths:
                  /ok/{id}:
                    get:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: string}}}
                        - {name: X-Trace, in: header, schema: {type: string}}
                      responses:
                        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
                    post:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      requestBody:
                        content:
                          application/json: {schema: {type: object}}
                          application/xml: {schema: {type: object}}
                      responses:
                        "204": {description: done}
                  /upload:
                    post:
                      requestBody:
                        content:
                          multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}
                      responses:
                        "201": {description: ok}
                  /form:
                    post:
                      requestBody:
                        content:
                          application/x-www-form-urlencoded: {schema: {type: object}}
                      responses:
                        "201": {description: ok}
                  /cookie:
                    get:
                      parameters:
                        - {name: session, in: cookie, schema: {type: string}}
                      responses:
                        "200": {description: ok}
                  /content-param:
                    get:
                      parameters:
                        - name: filter
                          in: query
                          content:
                            application/json: {schema: {type: object}}
                      responses:
                        "200": {description: ok}
                  /deep:
                    get:
                      parameters:
                        - {name: filter, in: query, style: deepObject, schema: {type: object, properties: {a: {type: string}}}}
                      responses:
                        "200": {description: ok}
                  /missing/{id}:
                    get:
                      responses:
                        "200": {description: ok}
                  /binary:
                    post:
                      requestBody:
                        content:
                          application/json: {schema: {type: string, format: binary}}
                      responses:
                        "200": {description: ok}
                  /download:
                    get:
                      responses:
                        "200": {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
                  /plist:
                    get:
                      responses:
                        "200": {description: ok, content: {application/x-apple-aspen-config: {schema: {type: string}}}}
                """);
        support = new OperationSupport(spec.resolver());
    }

    private static java.util.List<String> reasons(String key) {
        return support.unsupportedReasons(spec.operation(key));
    }

    @Test
    void pathQueryHeaderParametersAndAJsonBodyAreSupported() {
        assertThat(reasons("GET /ok/{id}")).isEmpty();
    }

    @Test
    void aBodyOfferingJsonAmongOtherTypesIsSupported() {
        assertThat(reasons("POST /ok/{id}")).isEmpty();
    }

    @Test
    void multipartBodiesAreNot() {
        assertThat(reasons("POST /upload")).containsExactly("request body is multipart/form-data, not JSON");
    }

    @Test
    void formBodiesAreNot() {
        assertThat(reasons("POST /form")).containsExactly("request body is application/x-www-form-urlencoded, not JSON");
    }

    @Test
    void cookieParametersAreNot() {
        assertThat(reasons("GET /cookie")).containsExactly("cookie parameter 'session' (tools send no cookies)");
    }

    @Test
    void parametersWithContentInsteadOfASchemaAreNot() {
        assertThat(reasons("GET /content-param")).containsExactly(
                "query parameter 'filter' is described with `content` instead of a schema");
    }

    @Test
    void deepObjectParametersAreNot() {
        assertThat(reasons("GET /deep")).containsExactly("query parameter 'filter' uses style deepObject");
    }

    @Test
    void aPathVariableWithoutItsParameterIsNot() {
        assertThat(reasons("GET /missing/{id}")).containsExactly("path variable {id} has no path parameter");
    }

    @Test
    void binaryJsonBodiesAreNot() {
        assertThat(reasons("POST /binary")).containsExactly("request body is binary data");
    }

    @Test
    void fileDownloadsAreNotButOtherTextResponsesAre() {
        assertThat(reasons("GET /download")).containsExactly("response is a file (application/octet-stream), not JSON");
        assertThat(reasons("GET /plist")).isEmpty();
    }
}

package dev.mdmmcp.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mdmmcp.auth.ApiKeyHeaderAuth;
import dev.mdmmcp.auth.OAuth2ClientCredentialsAuth;
import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.testing.Models;
import dev.mdmmcp.codegen.testing.Workspace;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.vendor.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorDefinitionTest {

    private static final String VENDOR = "specs/acme/vendor.yaml";

    @TempDir
    Path root;

    private Workspace acme;

    @BeforeEach
    void copyFixture() {
        acme = new Workspace(root).withFixture("acme");
    }

    private List<String> problems() {
        SpecProblemsException failure = catchThrowableOfType(SpecProblemsException.class, () -> Models.build(acme, "acme"));
        assertThat(failure).as("the build should have failed").isNotNull();
        return failure.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theVendorIdMustBeTheFolderName() {
        acme.edit("acme", "vendor.yaml", "vendor: acme\n", "vendor: acme-mdm\n");

        assertThat(problems()).containsExactly(VENDOR + ": vendor 'acme-mdm' must equal the folder name 'acme'");
    }

    @Test
    void anUnknownAuthStyleListsTheValidOnes() {
        acme.edit("acme", "vendor.yaml", "style: bearer_token", "style: bearer");

        assertThat(problems()).containsExactly(VENDOR + ": auth: unknown style 'bearer'; valid: bearer_token, "
                + "oauth2_client_credentials, api_key_header (closest: bearer_token)");
    }

    @Test
    void settingsOfAnotherAuthStyleAreRefused() {
        acme.edit("acme", "vendor.yaml", "style: bearer_token", "style: bearer_token\n  header: X-Api-Key");

        assertThat(problems()).containsExactly(VENDOR + ": auth: header does not apply to style bearer_token, which takes no settings");
    }

    @Test
    void oauthAndApiKeyStylesCarryTheirSettings() throws Exception {
        acme.edit("acme", "vendor.yaml", "style: bearer_token",
                "style: oauth2_client_credentials\n  token_path: /ws/oauth/token\n  default_scope: monitoring management");
        assertThat(Models.build(acme, "acme").profile().auth())
                .isEqualTo(new OAuth2ClientCredentialsAuth("/ws/oauth/token", "monitoring management"));

        acme.edit("acme", "vendor.yaml",
                "style: oauth2_client_credentials\n  token_path: /ws/oauth/token\n  default_scope: monitoring management",
                "style: api_key_header\n  header: X-Api-Key");
        assertThat(Models.build(acme, "acme").profile().auth()).isEqualTo(new ApiKeyHeaderAuth("X-Api-Key"));
    }

    @Test
    void aPagingStyleMissingItsParametersNamesThem() {
        acme.edit("acme", "vendor.yaml", "    offset_parameter: offset\n", "");

        assertThat(problems()).containsExactly(VENDOR + ": pagination.offset: offset_parameter is missing; style offset "
                + "needs limit_parameter, offset_parameter");
    }

    @Test
    void parametersOfAnotherPagingStyleAreRefused() {
        acme.edit("acme", "vendor.yaml", "    offset_parameter: offset\n", "    offset_parameter: offset\n    cursor_parameter: c\n");

        assertThat(problems()).containsExactly(VENDOR + ": pagination.offset: cursor_parameter does not apply to style "
                + "offset; its parameters: limit_parameter, offset_parameter");
    }

    @Test
    void anUnknownPagingStyleTypeListsTheValidOnes() {
        acme.edit("acme", "vendor.yaml", "style: local", "style: locale");

        assertThat(problems()).containsExactly(VENDOR + ": pagination.whole_list: unknown style 'locale'; valid: offset, "
                + "after_id, cursor, local (closest: local)");
    }

    @Test
    void theDefaultPageMayNotExceedTheLargest() {
        acme.edit("acme", "vendor.yaml", "    default_page_size: 25\n", "    default_page_size: 501\n");

        assertThat(problems()).containsExactly(VENDOR + ": pagination.whole_list: default_page_size 501 is larger than max_page_size 500");
    }

    @Test
    void cursorStylesBuildTheirRuntimeValue() throws Exception {
        acme.append("acme", "vendor.yaml", """
                  queries:
                    style: cursor
                    page_size_parameter: pageSize
                    cursor_parameter: cursor
                    next_cursor_pointer: /cursor/name
                    default_page_size: 100
                    max_page_size: 1000
                """);

        assertThat(Models.build(acme, "acme").pagingStyles().getLast()).isEqualTo(
                new CursorPagination("queries", ParameterLocation.QUERY, "pageSize", "cursor", "/cursor/name", 100, 1000));
    }

    @Test
    void rateLimitsAndTimeoutsHaveDefaults() throws Exception {
        acme.edit("acme", "vendor.yaml", """
                rate_limits:
                  per_second: 10
                  per_hour: 5000
                timeouts:
                  connect_seconds: 5
                  read_seconds: 20
                """, "");

        VendorModel model = Models.build(acme, "acme");
        assertThat(model.profile().rateLimits()).isEqualTo(RateLimits.UNPUBLISHED);
        assertThat(model.profile().timeouts().connect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(model.profile().timeouts().read()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void missingFilesAreEachReported() throws Exception {
        java.nio.file.Files.delete(acme.specs().resolve("acme/tools.yaml"));
        java.nio.file.Files.delete(acme.specs().resolve("acme/openapi.yaml"));

        assertThat(problems()).containsExactly(
                "specs/acme/tools.yaml: missing; see specs/README.md for its format",
                "specs/acme/openapi.yaml: missing: every vendor folder needs the OpenAPI description of its endpoints"
                        + " (openapi.yaml, openapi.json, or documents in openapi/)");
    }
}

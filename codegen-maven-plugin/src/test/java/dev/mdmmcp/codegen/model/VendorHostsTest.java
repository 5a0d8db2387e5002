package dev.mdmmcp.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.spec.VendorFile;
import dev.mdmmcp.codegen.spec.VendorFolder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code hosts} of vendor.yaml: DNS names, optionally with {@code *.} in front; never addresses. */
class VendorHostsTest {

    private static VendorFolder folder(List<String> hosts) {
        VendorFile file = new VendorFile("acme", "Acme", "https://{tenant}.api.acme.example", hosts,
                new VendorFile.AuthSection("bearer_token", null, null, null), null, null, Map.of(), Map.of(), List.of());
        return new VendorFolder("acme", "specs/acme", file, null, null, null, null);
    }

    @Test
    void hostPatternsReachTheVendorProfile() {
        Problems problems = new Problems();

        VendorDefinition definition = new VendorDefinitionBuilder()
                .build(folder(List.of("*.api.acme.example", "eu.acme.example")), problems).orElseThrow();

        assertThat(definition.profile().hostPatterns()).containsExactly("*.api.acme.example", "eu.acme.example");
    }

    @Test
    void anythingButAHostPatternIsAProblemNamingIt() {
        Problems problems = new Problems();

        new VendorDefinitionBuilder().build(folder(List.of("https://api.acme.example", "10.0.0.1", "*.*.acme.example",
                "API.acme.example", "localhost")), problems);

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(SpecProblemsException.class, e ->
                assertThat(e.problems()).extracting(Problem::message).containsExactly(
                        message("https://api.acme.example"), message("10.0.0.1"), message("*.*.acme.example"),
                        message("API.acme.example"), message("localhost")));
    }

    private static String message(String pattern) {
        return "'" + pattern + "' is not a host pattern: a lower-case DNS name with a dot and a letter in its last label"
                + " (api.example.com), optionally with *. in front for any one label (*.api.example.com); no scheme, port,"
                + " path or IP address";
    }
}

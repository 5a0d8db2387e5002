package dev.mdmmcp.codegen.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictYamlReaderTest {

    @TempDir
    Path directory;

    private StrictYamlReader.Result<ToolsFile> read(String yaml) throws IOException {
        Path file = directory.resolve("tools.yaml");
        Files.writeString(file, yaml);
        return new StrictYamlReader().read(file, ToolsFile.class);
    }

    @Test
    void recordsReadWithSnakeCaseKeys() throws IOException {
        StrictYamlReader.Result<ToolsFile> result = read("""
                tools:
                  - name: list_devices
                    operation: GET /api/v1/devices
                    tags: devices
                    pagination: {style: offset, items: ""}
                    arguments:
                      ordering: {exclude: true}
                    hints: {read_only: false}
                    examples:
                      - arguments: {platform: Mac}
                        next_page: {query: {offset: "2"}}
                """);

        assertThat(result.failure()).isEmpty();
        assertThat(result.unknownKeys()).isEmpty();
        ToolRecord record = result.value().orElseThrow().tools().getFirst();
        assertThat(record.tags()).containsExactly("devices");
        assertThat(record.pagination()).isEqualTo(new ToolRecord.PagingReference("offset", ""));
        assertThat(record.arguments().get("ordering").excluded()).isTrue();
        assertThat(record.hints().readOnly()).isFalse();
        assertThat(record.examples().getFirst().nextPage().path("query").path("offset").asText()).isEqualTo("2");
    }

    @Test
    void everyUnknownKeyIsCollectedWithItsPlaceAndTheValidKeys() throws IOException {
        StrictYamlReader.Result<ToolsFile> result = read("""
                tools:
                  - name: a
                    titel: A
                  - name: b
                    pagination: {stlye: offset}
                """);

        assertThat(result.unknownKeys()).hasSize(2);
        StrictYamlReader.UnknownKey first = result.unknownKeys().get(0);
        assertThat(first.path()).containsExactly("tools", 0);
        assertThat(first.key()).isEqualTo("titel");
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.message()).startsWith("unknown key 'titel' (line 3); valid keys: ")
                .contains("title", "operation", "pagination").endsWith("(closest: title)");
        StrictYamlReader.UnknownKey second = result.unknownKeys().get(1);
        assertThat(second.path()).containsExactly("tools", 1, "pagination");
        assertThat(second.message()).contains("valid keys: style, items (closest: style)");
    }

    @Test
    void anUnquotedCommaInAFlowMappingGetsAHint() throws IOException {
        StrictYamlReader.Result<ToolsFile> result = read("""
                tools:
                  - name: a
                    arguments:
                      os_version: {description: Exact OS version, e.g. 15.1}
                """);

        assertThat(result.unknownKeys()).singleElement()
                .satisfies(key -> assertThat(key.message()).contains("unknown key 'e.g. 15.1'", "quote text that holds commas"));
    }

    @Test
    void brokenYamlIsAFailureWithItsLine() throws IOException {
        StrictYamlReader.Result<ToolsFile> result = read("tools:\n  - name: \"unterminated\n");

        assertThat(result.value()).isEmpty();
        assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("not valid YAML (line"));
    }

    @Test
    void aDuplicateKeyIsAFailure() throws IOException {
        StrictYamlReader.Result<ToolsFile> result = read("tools:\n  - name: a\n    name: b\n");

        assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).contains("Duplicate field 'name'"));
    }

    @Test
    void aWrongTypeIsAFailureNamingThePath() throws IOException {
        StrictYamlReader.Result<ToolsFile> result = read("tools:\n  - name: a\n    hints: {destructive: maybe}\n");

        assertThat(result.failure()).hasValueSatisfying(f -> assertThat(f).startsWith("tools[0].hints.destructive: ")
                .endsWith("(line 3)"));
    }
}

package dev.mdmmcp.codegen.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.codegen.emit.JsonFiles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSchemasTest {

    @Test
    void scalarsCarryTypeDescriptionFormatAndBoundsInAFixedOrder() {
        ScalarType type = new ScalarType(ScalarType.Kind.INTEGER, "int32", BigDecimal.ONE, new BigDecimal("300.0"),
                null, null, null, 50, null);

        assertThat(JsonFiles.pretty(InputSchemas.of(type, "Page size."))).isEqualTo("""
                {
                  "type": "integer",
                  "description": "Page size.",
                  "format": "int32",
                  "minimum": 1,
                  "maximum": 300,
                  "default": 50
                }
                """);
    }

    @Test
    void enumsListTheirWireValues() {
        EnumType platform = new EnumType("Platform", List.of(new EnumType.Constant("MAC", "Mac"),
                new EnumType.Constant("I_PHONE", "iPhone")));

        assertThat(InputSchemas.of(platform, null).toString()).isEqualTo("{\"type\":\"string\",\"enum\":[\"Mac\",\"iPhone\"]}");
    }

    @Test
    void recordsAreClosedObjectsWithTheirRequiredProperties() {
        RecordType location = new RecordType("Location", "Where it is.", List.of(
                new RecordType.Property("building", "building", ScalarType.of(ScalarType.Kind.STRING), null, true),
                new RecordType.Property("tags", "tags", new ListType(ScalarType.of(ScalarType.Kind.STRING)), "Tags.", false)));

        assertThat(InputSchemas.of(location, null).toString()).isEqualTo("{\"type\":\"object\",\"description\":\"Where it is.\","
                + "\"properties\":{\"building\":{\"type\":\"string\"},\"tags\":{\"type\":\"array\",\"description\":\"Tags.\","
                + "\"items\":{\"type\":\"string\"}}},\"required\":[\"building\"],\"additionalProperties\":false}");
    }

    @Test
    void mapsAcceptAnyKey() {
        assertThat(InputSchemas.of(new MapType(new AnyType()), null).toString())
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":true}");
        assertThat(InputSchemas.of(new MapType(ScalarType.of(ScalarType.Kind.BOOLEAN)), null).toString())
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"boolean\"}}");
    }

    @Test
    void anyIsAnEmptySchema() {
        assertThat(InputSchemas.of(new AnyType(), "Whatever.").toString()).isEqualTo("{\"description\":\"Whatever.\"}");
    }
}

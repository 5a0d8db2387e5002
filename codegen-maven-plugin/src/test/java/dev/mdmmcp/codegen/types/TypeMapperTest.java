package dev.mdmmcp.codegen.types;

import static dev.mdmmcp.codegen.testing.InlineSpec.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.codegen.testing.InlineSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeMapperTest {

    @TempDir
    static Path directory;

    private static TypeMapper mapper;

    @BeforeAll
    static void readSpec() {
        InlineSpec spec = InlineSpec.of(directory, """
                paths: {}
                components:
                  schemas:
                    Count: {type: integer}
                    Big: {type: integer, format: int64}
                    Ratio: {type: number, format: float}
                    Money: {type: number, format: decimal}
                    Flag: {type: boolean}
                    Bounded: {type: integer, minimum: 1, maximum: 10}
                    Platform: {type: string, enum: [Mac, iPhone, "1x", mac-os]}
                    Codes: {type: integer, enum: [1, 2]}
                    Names: {type: array, items: {type: string}}
                    Anything: {}
                    FreeForm: {type: object}
                    Counts: {type: object, additionalProperties: {type: integer}}
                    Device:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string, description: "The <b>id</b>."}
                        class: {type: string}
                        hashCode: {type: string}
                        tags: {type: array, items: {type: object, properties: {name: {type: string}}}}
                        Device: {type: object, properties: {x: {type: string}}}
                    Node:
                      type: object
                      properties:
                        name: {type: string}
                        parent: {$ref: "#/components/schemas/Node"}
                    Merged:
                      allOf:
                        - $ref: "#/components/schemas/Device"
                        - type: object
                          required: [extra]
                          properties:
                            extra: {type: boolean}
                    Either:
                      oneOf:
                        - {type: object, properties: {a: {type: string}}}
                        - {type: object, properties: {b: {type: integer}}}
                    Mixed:
                      oneOf:
                        - {type: string}
                        - {type: integer}
                    Nullable31:
                      oneOf:
                        - {type: string}
                        - {type: "null"}
                """);
        mapper = new TypeMapper(spec.resolver());
    }

    private static ValueType map(String component) {
        return mapper.map(ref(component), component, TypeScope.inside("SomeArguments"));
    }

    @Test
    void integersAreIntegerAndInt64IsLong() {
        assertThat(map("Count")).isEqualTo(ScalarType.of(ScalarType.Kind.INTEGER));
        assertThat(map("Big")).extracting(t -> ((ScalarType) t).kind()).isEqualTo(ScalarType.Kind.LONG);
    }

    @Test
    void numbersAreDoubleAndDecimalIsBigDecimal() {
        assertThat(map("Ratio")).extracting(t -> ((ScalarType) t).kind()).isEqualTo(ScalarType.Kind.DOUBLE);
        assertThat(map("Money")).extracting(t -> ((ScalarType) t).kind()).isEqualTo(ScalarType.Kind.BIG_DECIMAL);
    }

    @Test
    void booleansAreBoolean() {
        assertThat(map("Flag")).isEqualTo(ScalarType.of(ScalarType.Kind.BOOLEAN));
    }

    @Test
    void boundsAreKept() {
        ScalarType bounded = (ScalarType) map("Bounded");
        assertThat(bounded.minimum()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(bounded.maximum()).isEqualByComparingTo(BigDecimal.TEN);
    }

    @Test
    void stringEnumsBecomeEnumsWithValidConstantNames() {
        EnumType platform = (EnumType) map("Platform");
        assertThat(platform.simpleName()).isEqualTo("Platform");
        assertThat(platform.constants()).extracting(EnumType.Constant::javaName)
                .containsExactly("MAC", "I_PHONE", "VALUE_1X", "MAC_OS");
        assertThat(platform.constants()).extracting(EnumType.Constant::wireValue)
                .containsExactly("Mac", "iPhone", "1x", "mac-os");
    }

    @Test
    void enumsOfOtherTypesStayScalarsWithAllowedValues() {
        ScalarType codes = (ScalarType) map("Codes");
        assertThat(codes.kind()).isEqualTo(ScalarType.Kind.INTEGER);
        assertThat(codes.allowedValues()).hasSize(2);
    }

    @Test
    void arraysAreLists() {
        assertThat(map("Names")).isEqualTo(new ListType(ScalarType.of(ScalarType.Kind.STRING)));
    }

    @Test
    void untypedSchemasAreAny() {
        assertThat(map("Anything")).isEqualTo(new AnyType());
    }

    @Test
    void objectsWithoutPropertiesAreMaps() {
        assertThat(map("FreeForm")).isEqualTo(new MapType(new AnyType()));
        assertThat(map("Counts")).isEqualTo(new MapType(ScalarType.of(ScalarType.Kind.INTEGER)));
    }

    @Test
    void objectsWithPropertiesAreRecordsWithSafeMemberNames() {
        RecordType device = (RecordType) map("Device");
        assertThat(device.simpleName()).isEqualTo("Device");
        assertThat(device.properties()).extracting(RecordType.Property::javaName)
                .containsExactly("id", "classValue", "hashCodeValue", "tags", "device");
        assertThat(device.properties().getFirst().required()).isTrue();
        assertThat(device.properties().getFirst().description()).isEqualTo("The id.");
    }

    @Test
    void nestedTypesNeverShareANameWithAnEnclosingType() {
        RecordType device = (RecordType) map("Device");
        RecordType nested = (RecordType) device.properties().get(4).type();
        assertThat(nested.simpleName()).isEqualTo("Device2");
    }

    @Test
    void elementRecordsOfListsAreNamedInTheSingular() {
        RecordType device = (RecordType) map("Device");
        ListType tags = (ListType) device.properties().get(3).type();
        assertThat(((RecordType) tags.element()).simpleName()).isEqualTo("Tag");
    }

    @Test
    void aSchemaThatContainsItselfBecomesAMapAtTheSecondVisit() {
        RecordType node = (RecordType) map("Node");
        assertThat(node.properties().get(1).type()).isEqualTo(new MapType(new AnyType()));
    }

    @Test
    void allOfPartsAreMergedWithTheirRequiredProperties() {
        RecordType merged = (RecordType) map("Merged");
        assertThat(merged.properties()).extracting(RecordType.Property::wireName)
                .containsExactly("id", "class", "hashCode", "tags", "Device", "extra");
        assertThat(merged.properties()).filteredOn(RecordType.Property::required)
                .extracting(RecordType.Property::wireName).containsExactly("id", "extra");
    }

    @Test
    void unionsOfObjectsFoldIntoOneRecordWithOptionalProperties() {
        RecordType either = (RecordType) map("Either");
        assertThat(either.properties()).extracting(RecordType.Property::wireName).containsExactly("a", "b");
        assertThat(either.properties()).noneMatch(RecordType.Property::required);
    }

    @Test
    void unionsOfDifferentTypesAreAny() {
        assertThat(map("Mixed")).isEqualTo(new AnyType());
    }

    @Test
    void aUnionWithNullIsTheOtherType() {
        assertThat(map("Nullable31")).extracting(t -> ((ScalarType) t).kind()).isEqualTo(ScalarType.Kind.STRING);
    }
}

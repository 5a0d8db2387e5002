package dev.mdmmcp.server.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.tool.WireValue;
import org.junit.jupiter.api.Test;

class WireValueModuleTest {

    /** Like a generated enum that forgot {@code @JsonValue}: the wire value must still rule. */
    enum OsFamily implements WireValue {
        MAC_OS("macOS"), WINDOWS("Windows");

        private final String wire;

        OsFamily(String wire) {
            this.wire = wire;
        }

        @Override
        public String wireValue() {
            return wire;
        }
    }

    record Filter(OsFamily os) {
    }

    private final ObjectMapper mapper = JsonMappers.create();

    @Test
    void writesAndReadsEnumsByWireValue() throws Exception {
        assertThat(mapper.writeValueAsString(new Filter(OsFamily.MAC_OS))).isEqualTo("{\"os\":\"macOS\"}");
        assertThat(mapper.readValue("{\"os\":\"Windows\"}", Filter.class)).isEqualTo(new Filter(OsFamily.WINDOWS));
    }

    @Test
    void unknownWireValueIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> mapper.readValue("{\"os\":\"WINDOWS\"}", Filter.class))
                .hasMessageContaining("not one of: macOS, Windows");
    }

    @Test
    void absentFieldsAreLeftOutOfBodies() throws Exception {
        assertThat(mapper.writeValueAsString(new Filter(null))).isEqualTo("{}");
    }
}

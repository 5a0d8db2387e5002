package dev.mdmmcp.server.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.tool.MethodClass;
import dev.mdmmcp.tool.ToolDescriptor;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolFilterTest {

    private static ToolDescriptor tool(MethodClass method, String... tags) {
        return ToolDescriptor.builder("v", "t").title("t").description("d").method(method).tags(tags)
                .inputSchema("s.json").build();
    }

    @Test
    void methodsAndTagsMustBothMatch() {
        ToolFilter filter = new ToolFilter(MethodSelection.parse("read").orElseThrow(), Set.of("devices"));

        assertThat(filter.admits(tool(MethodClass.GET, "devices", "security"))).isTrue();
        assertThat(filter.admits(tool(MethodClass.GET, "users"))).isFalse();
        assertThat(filter.admits(tool(MethodClass.UPDATE, "devices"))).isFalse();
    }

    @Test
    void selectionWords() {
        assertThat(MethodSelection.parse("write")).contains(
                EnumSet.of(MethodClass.CREATE, MethodClass.UPDATE, MethodClass.DELETE, MethodClass.CUSTOM));
        assertThat(MethodSelection.parse("custom")).contains(EnumSet.of(MethodClass.CUSTOM));
        assertThat(MethodSelection.parse("Read")).isEmpty();
        assertThat(ToolFilter.ALL.admits(tool(MethodClass.CUSTOM, "x"))).isTrue();
    }
}

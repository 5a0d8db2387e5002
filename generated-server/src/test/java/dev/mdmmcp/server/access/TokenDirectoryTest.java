package dev.mdmmcp.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.catalog.ToolEntry;
import org.junit.jupiter.api.Test;

class TokenDirectoryTest {

    private final TokenDirectory directory = TokenDirectory.of(TestConfigs.config("https://vendor.test"));

    @Test
    void findsTheServerOfAToken() {
        ServerDefinition audit = directory.find(TestConfigs.AUDIT_TOKEN).orElseThrow();

        assertThat(audit.name()).isEqualTo("audit");
        assertThat(audit.tools()).extracting(ToolEntry::name).containsExactly("list_devices", "get_device", "list_parameters");
        assertThat(audit.toolSet()).isEqualTo(new ToolSet("mdm", java.util.List.of("list_devices", "get_device", "list_parameters")));
    }

    @Test
    void unknownOrEmptyTokensFindNothing() {
        assertThat(directory.find(TestConfigs.AUDIT_TOKEN.toUpperCase())).isEmpty();
        assertThat(directory.find("")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void serversOfOneAccountWithDifferentFiltersHaveDifferentToolSets() {
        ToolSet admin = directory.find(TestConfigs.ADMIN_TOKEN).orElseThrow().toolSet();
        ToolSet audit = directory.find(TestConfigs.AUDIT_TOKEN).orElseThrow().toolSet();

        assertThat(admin).isNotEqualTo(audit);
        assertThat(admin.toolNames()).contains("delete_device");
    }
}

package dev.mdmmcp.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.budget.InProcessBudgetLedger;
import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.json.JsonMappers;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenDirectoryTest {

    private final Map<String, AccountConnection> connections = new HashMap<>();
    private final TokenDirectory directory = directory(TestConfigs.config("https://vendor.test"));

    private TokenDirectory directory(ServerConfig config) {
        config.accounts().values().forEach(account ->
                connections.put(account.name(), AccountConnection.open(account, JsonMappers.create(), Clock.systemUTC(),
                        new InProcessBudgetLedger())));
        return TokenDirectory.of(config, connections);
    }

    @Test
    void findsTheServerOfAToken() {
        ServerDefinition audit = directory.find(TestConfigs.AUDIT_TOKEN).orElseThrow();

        assertThat(audit.name()).isEqualTo("audit");
        assertThat(audit.tools()).extracting(ToolEntry::name).containsExactly("list_devices", "get_device", "list_parameters");
        assertThat(audit.toolSet()).isEqualTo(
                new ToolSet(connections.get("mdm"), java.util.List.of("list_devices", "get_device", "list_parameters"), ToolMode.ALL));
        assertThat(audit.requiresApiToken()).isFalse();
        assertThat(audit.stored()).isFalse();
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

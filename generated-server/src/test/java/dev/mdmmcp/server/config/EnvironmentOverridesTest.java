package dev.mdmmcp.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentOverridesTest {

    @Test
    void variableNameIsThePathUpperCasedWithUnderscores() {
        assertThat(EnvironmentOverrides.variableFor(List.of("port"))).isEqualTo("MDM_MCP_PORT");
        assertThat(EnvironmentOverrides.variableFor(List.of("accounts", "kandji-prod", "credentials", "api_token")))
                .isEqualTo("MDM_MCP_ACCOUNTS_KANDJI_PROD_CREDENTIALS_API_TOKEN");
        assertThat(EnvironmentOverrides.variableFor(List.of("servers", "día.1", "token")))
                .isEqualTo("MDM_MCP_SERVERS_D_A_1_TOKEN");
    }

    @Test
    void emptyVariablesCountAsUnset() {
        EnvironmentOverrides overrides = new EnvironmentOverrides(Map.of("MDM_MCP_PORT", "", "MDM_MCP_HOST", "h"));

        assertThat(overrides.valueFor(List.of("port"))).isEmpty();
        assertThat(overrides.valueFor(List.of("host"))).contains("h");
    }
}

package dev.mdmmcp.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.config.ServerConfig;
import io.helidon.http.HeaderNames;
import io.helidon.http.WritableHeaders;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostAndOriginCheckTest {

    private static HostAndOriginCheck check(String settings) {
        String yaml = TestConfigs.yaml("http://127.0.0.1:9").replace("host: 127.0.0.1\n", settings);
        return HostAndOriginCheck.of(ServerConfig.fromYaml(yaml, Map.of(), TestConfigs.catalogs()));
    }

    private static Optional<String> refusal(HostAndOriginCheck check, String host, String origin) {
        WritableHeaders<?> headers = WritableHeaders.create();
        headers.add(HeaderNames.HOST, host);
        if (origin != null) {
            headers.add(HeaderNames.ORIGIN, origin);
        }
        return check.refusal(headers);
    }

    @Test
    void loopbackServerAcceptsLoopbackNamesOnly() {
        HostAndOriginCheck loopback = check("host: 127.0.0.1\n");

        assertThat(refusal(loopback, "127.0.0.1:8080", null)).isEmpty();
        assertThat(refusal(loopback, "localhost:8080", "http://localhost:6274")).isEmpty();
        assertThat(refusal(loopback, "[::1]:8080", null)).isEmpty();
        assertThat(refusal(loopback, "evil.example:8080", null)).contains("Forbidden: this Host is not allowed (allowed_hosts)");
        assertThat(refusal(loopback, "localhost:8080", "https://evil.example"))
                .contains("Forbidden: this Origin is not allowed (allowed_origins)");
    }

    @Test
    void configuredListsReplaceTheLoopbackDefaults() {
        HostAndOriginCheck configured = check("host: 0.0.0.0\nallowed_hosts: [mcp.example.com]\n"
                + "allowed_origins: [\"https://app.example.com\"]\n");

        assertThat(refusal(configured, "mcp.example.com", "https://app.example.com")).isEmpty();
        assertThat(refusal(configured, "localhost:8080", null)).isPresent();
        assertThat(refusal(configured, "mcp.example.com", "http://localhost:6274")).isPresent();
    }

    @Test
    void publicServerWithoutListsAcceptsAnyHostButNoBrowserOrigin() {
        HostAndOriginCheck open = check("host: 0.0.0.0\n");

        assertThat(refusal(open, "mcp.example.com", null)).isEmpty();
        assertThat(refusal(open, "mcp.example.com", "https://app.example.com")).isPresent();
    }

    @Test
    void hostNamesAreComparedWithoutRegardToCase() {
        HostAndOriginCheck loopback = check("host: 127.0.0.1\n");
        HostAndOriginCheck configured = check("host: 0.0.0.0\nallowed_hosts: [MCP.Example.com]\n"
                + "allowed_origins: [\"https://App.Example.com\"]\n");

        assertThat(refusal(loopback, "LOCALHOST:8080", "HTTP://LocalHost:6274")).isEmpty();
        assertThat(refusal(configured, "mcp.EXAMPLE.com", "https://app.example.COM")).isEmpty();
        assertThat(refusal(loopback, "EVIL.example:8080", null)).contains("Forbidden: this Host is not allowed (allowed_hosts)");
    }
}

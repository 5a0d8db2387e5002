package dev.mdmmcp.server.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.config.AdminListener;
import dev.mdmmcp.server.config.ServerConfig;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The admin API and /observe/* can have a listener of their own; beyond loopback they get one by default. */
class AdminListenerTest {

    private static ServerConfig config(String settings) {
        return ServerConfig.fromYaml(settings + TestServer.yaml("http://127.0.0.1:9").replace("host: 127.0.0.1\n", ""),
                Map.of(), TestConfigs.catalogs());
    }

    @Test
    void withAnAdminPortTheAdminApiAndObserveAreServedThereAndOnlyThere() {
        try (MdmMcpServer server = MdmMcpServer.start(config("host: 127.0.0.1\nadmin_port: 0\n"))) {
            TestHttp mcp = new TestHttp("http://127.0.0.1:" + server.port(), TestServer.ADMIN_TOKEN);
            TestHttp admin = new TestHttp("http://127.0.0.1:" + server.adminPort(), TestServer.ADMIN_TOKEN);

            assertThat(server.adminPort()).isNotEqualTo(server.port());
            assertThat(admin.admin("GET", "/integrated-account", null).statusCode()).isEqualTo(200);
            assertThat(admin.get("/observe/health/ready").statusCode()).isEqualTo(200);
            assertThat(admin.get("/observe/metrics").statusCode()).isEqualTo(200);
            assertThat(mcp.admin("GET", "/integrated-account", null).statusCode()).isEqualTo(404);
            assertThat(mcp.get("/observe/health/ready").statusCode()).isEqualTo(404);
            assertThat(mcp.get("/observe/metrics").statusCode()).isEqualTo(404);
            assertThat(mcp.mcp(TestConfigs.ADMIN_TOKEN, TestServer.TOOLS_LIST).statusCode()).isEqualTo(200);
            assertThat(admin.mcp(TestConfigs.ADMIN_TOKEN, TestServer.TOOLS_LIST).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void boundBeyondLoopbackTheAdminApiMovesToLoopback8081UnlessSharedIsAskedFor() {
        assertThat(config("host: 0.0.0.0\n").adminListener()).isEqualTo(new AdminListener(OptionalInt.of(8081), "127.0.0.1"));
        assertThat(config("host: 0.0.0.0\nadmin_port: shared\n").adminListener().separate()).isFalse();
        assertThat(config("host: 127.0.0.1\n").adminListener().separate()).isFalse();
        assertThat(config("host: 0.0.0.0\nadmin_port: 9090\nadmin_host: 10.0.0.5\n").adminListener())
                .isEqualTo(new AdminListener(OptionalInt.of(9090), "10.0.0.5"));
    }
}

package dev.mdmmcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.admin.AdminService;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.server.store.StoreUnavailableException;
import dev.mdmmcp.testing.LogCapture;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What a handler throws is answered by the routing's error handlers, in the voice of the surface asked. */
@ServerTest
class ServerRoutingTest {

    private static final String SECRET = "sk-live-never-in-an-answer";
    private static ServerRouting routes;

    @SetUpServer
    static void listener(WebServerConfig.Builder server) {
        // No features, as MdmMcpServer has none on these routes: not the ones the test server finds in Helidon's registry (CORS).
        server.host("127.0.0.1").features(List.of());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        routes = ServerRouting.open(ServerConfig.fromYaml(TestServer.yaml("http://127.0.0.1:9"), Map.of(),
                TestConfigs.catalogs()), Clock.systemUTC(), () -> true);
        // Before the server's own routes, so that they fail ahead of the admin API's authentication, as a bug would.
        routing.get(AdminService.PATH + "/failing", (request, response) -> {
            throw new IllegalStateException("failed with " + SECRET);
        });
        routing.get(AdminService.PATH + "/unreachable", (request, response) -> {
            throw new StoreUnavailableException("the store cannot be reached", null);
        });
        routing.post(McpRouting.PATH + "/failing", (request, response) -> {
            throw new IllegalStateException("failed with " + SECRET);
        });
        routing.post(McpRouting.PATH + "/unreachable", (request, response) -> {
            throw new StoreUnavailableException("the store cannot be reached", null);
        });
        routes.mcpListener(routing, true);
    }

    @AfterAll
    static void close() {
        routes.close();
    }

    private final TestHttp http;

    ServerRoutingTest(WebServer server) {
        this.http = new TestHttp("http://127.0.0.1:" + server.port(), TestServer.ADMIN_TOKEN);
    }

    @Test
    void aFailingAdminHandlerIs500InternalErrorLoggedByTypeAndPlaceNeverByItsMessage() {
        try (LogCapture log = LogCapture.of("dev.mdmmcp", "dev.mdmmcp")) {
            HttpResponse<String> response = http.get(AdminService.PATH + "/failing");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body())
                    .isEqualTo("{\"error\":\"internal_error\",\"message\":\"the server failed; its log has the details\"}");
            assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(log.messages()).anySatisfy(line -> assertThat(line)
                    .startsWith("admin: GET " + AdminService.PATH + "/failing failed: java.lang.IllegalStateException at "));
            assertThat(log.messages()).noneSatisfy(line -> assertThat(line).contains(SECRET));
        }
    }

    @Test
    void anAdminPathOrMethodWithNoRouteIs404InTheAdminApisJson() {
        for (String method : List.of("PATCH", "PUT")) {
            HttpResponse<String> response = http.admin(method, AdminService.PATH, "{}");

            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertThat(TestHttp.json(response).get("error").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void theStoreOutOfReachIs503WithTheAdminApisBodyThereAndAnEmptyBodyForMcp() {
        HttpResponse<String> admin = http.get(AdminService.PATH + "/unreachable");
        HttpResponse<String> mcp = http.mcp("unreachable", TestServer.TOOLS_LIST);

        assertThat(admin.statusCode()).isEqualTo(503);
        assertThat(admin.headers().firstValue("Retry-After")).contains("5");
        assertThat(TestHttp.json(admin).get("error").asText()).isEqualTo("store_unavailable");
        assertThat(mcp.statusCode()).isEqualTo(503);
        assertThat(mcp.body()).isEmpty();
    }

    @Test
    void aFailureOutsideTheAdminApiIsHelidonsOwn500WithoutItsMessage() {
        HttpResponse<String> response = http.mcp("failing", TestServer.TOOLS_LIST);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain(SECRET);
    }
}

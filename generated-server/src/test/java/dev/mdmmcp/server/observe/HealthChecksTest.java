package dev.mdmmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Readiness follows the store and the listeners; liveness only says the process serves HTTP. */
@ServerTest
class HealthChecksTest {

    private static final AtomicBoolean STORE = new AtomicBoolean(true);
    private static final AtomicBoolean LISTENING = new AtomicBoolean(true);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ObjectMapper mapper = new ObjectMapper();
    private final String base;

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        // Only this feature, as MdmMcpServer has it: not the ones the test server finds in Helidon's registry (CORS).
        server.host("127.0.0.1")
                .features(List.of(HealthChecks.on(WebServer.DEFAULT_SOCKET_NAME, STORE::get, LISTENING::get)));
    }

    HealthChecksTest(WebServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void everythingUpAgain() {
        STORE.set(true);
        LISTENING.set(true);
    }

    @Test
    void readinessIsUpWithBothChecksWhileTheStoreAnswersAndEveryListenerRuns() throws Exception {
        HttpResponse<String> ready = get("/observe/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).toString()).isEqualTo(
                "{\"status\":\"UP\",\"checks\":[{\"name\":\"store\",\"status\":\"UP\"},{\"name\":\"listeners\",\"status\":\"UP\"}]}");
        assertThat(get("/observe/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aStoppedListenerTakesTheInstanceOutOfRotationButItStillLives() throws Exception {
        LISTENING.set(false);

        HttpResponse<String> ready = get("/observe/health/ready");
        HttpResponse<String> live = get("/observe/health/live");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(json(ready).get("status").asText()).isEqualTo("DOWN");
        assertThat(json(ready).at("/checks/1").toString()).isEqualTo("{\"name\":\"listeners\",\"status\":\"DOWN\"}");
        assertThat(json(ready).at("/checks/0/status").asText()).isEqualTo("UP");
        assertThat(get("/observe/health").statusCode()).isEqualTo(503);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void anUnreachableStoreIsDownOnItsOwnCheck() throws Exception {
        STORE.set(false);

        HttpResponse<String> ready = get("/observe/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(json(ready).at("/checks/0").toString()).isEqualTo("{\"name\":\"store\",\"status\":\"DOWN\"}");
    }

    @Test
    void aBrowserOnAnotherSiteGetsNoCrossOriginGrant() throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/observe/health/ready"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ready.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return mapper.readTree(response.body());
    }
}

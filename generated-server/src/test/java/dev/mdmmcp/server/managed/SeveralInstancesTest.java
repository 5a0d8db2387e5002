package dev.mdmmcp.server.managed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mdmmcp.server.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.store.TestPostgres;
import dev.mdmmcp.server.store.TestStores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two server processes on one PostgreSQL database: instances are stateless, so what one creates
 * the other serves, and what one revokes the other refuses within a second. Their logs, the whole
 * JUL output of both runs, never show a credential or a token.
 */
class SeveralInstancesTest {

    private static final String ADMIN_TOKEN = "several-admin-token-0123456789abcdefghij";
    private static final String DB_PASSWORD = "db-password-never-logged-4711";
    private static final String FIRST_SECRET = "first-vendor-secret-0815";
    private static final String SECOND_SECRET = "second-vendor-secret-4242";
    private static WireMockServer vendor;
    private static ServerProcess first;
    private static ServerProcess second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String dbUrl = TestPostgres.freshSchema();
        vendor = KnownDevice.startVendor();
        Path runs = Path.of("target", "process-runs", UUID.randomUUID().toString()).toAbsolutePath();
        Map<String, String> environment = Map.of(
                "MDM_MCP_PORT", "0",
                "MDM_MCP_DB_URL", dbUrl,
                "MDM_MCP_DB_USER", TestPostgres.user(),
                // Trust authentication ignores it; it is here to prove it never reaches a log.
                "MDM_MCP_DB_PASSWORD", TestPostgres.password().isEmpty() ? DB_PASSWORD : TestPostgres.password(),
                "MDM_MCP_MASTER_KEY", TestStores.MASTER_KEY,
                "MDM_MCP_ADMIN_TOKEN", ADMIN_TOKEN,
                "MDM_MCP_ALLOWED_UPSTREAM_HOSTS", "loopback");
        // Both start (and migrate the empty schema) at the same moment.
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            Future<ServerProcess> a = starting.submit(() -> ServerProcess.serve(runs.resolve("a"), environment));
            Future<ServerProcess> b = starting.submit(() -> ServerProcess.serve(runs.resolve("b"), environment));
            first = a.get();
            second = b.get();
        } finally {
            starting.shutdown();
        }
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (vendor != null) {
            vendor.stop();
        }
    }

    @Test
    void whatOneInstanceCreatesTheOtherServesAndWhatItRevokesTheOtherRefusesWithinASecond() throws Exception {
        TestHttp a = new TestHttp(first.baseUrl(), ADMIN_TOKEN);
        TestHttp b = new TestHttp(second.baseUrl(), ADMIN_TOKEN);
        String account = a.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"" + FIRST_SECRET + "\"}");
        JsonNode created = a.createServer(account, "{\"name\":\"shared\",\"config\":{\"methods\":[\"read\"]}}");
        String token = TestServer.tokenOf(created);

        assertThat(json(b.mcp(token, TestServer.TOOLS_LIST)).at("/result/tools").size()).isEqualTo(3);
        assertThat(json(b.mcp(token, KnownDevice.GET_DEVICE)).at("/result/isError").asBoolean()).isFalse();
        vendor.verify(getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                .withHeader("Authorization", equalTo("Bearer " + FIRST_SECRET)));
        assertThat(json(b.admin("GET", "/integrated-account/" + account + "/mcp/" + created.get("id").asText() + "/calls",
                null)).get("items")).hasSize(1);

        assertThat(a.admin("PATCH", "/integrated-account/" + account,
                "{\"credentials\":{\"api_token\":\"" + SECOND_SECRET + "\"}}").statusCode()).isEqualTo(200);
        long rotated = System.nanoTime();
        awaitOnB(() -> {
            vendor.resetRequests();
            b.mcp(token, KnownDevice.GET_DEVICE);
            return !vendor.findAll(getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                    .withHeader("Authorization", equalTo("Bearer " + SECOND_SECRET))).isEmpty();
        });
        assertThat(millisSince(rotated)).as("B uses rotated credentials within a second").isLessThan(1_000);

        assertThat(a.admin("DELETE", "/integrated-account/" + account + "/mcp/" + created.get("id").asText(), null)
                .statusCode()).isEqualTo(204);
        long revoked = System.nanoTime();
        awaitOnB(() -> b.mcp(token, TestServer.TOOLS_LIST).statusCode() == 404);
        assertThat(millisSince(revoked)).as("B refuses a server revoked on A within a second").isLessThan(1_000);
        assertThat(first.mcpStatus(token)).isEqualTo(404);
    }

    @Test
    void theLogsOfBothInstancesNeverShowACredentialOrAToken() throws Exception {
        whatOneInstanceCreatesTheOtherServesAndWhatItRevokesTheOtherRefusesWithinASecond();
        String logs = first.log() + second.log();

        assertThat(logs).contains("store: jdbc:postgresql://", "tool call request=", "admin: revoked MCP server");
        for (String secret : List.of(ADMIN_TOKEN, DB_PASSWORD, TestStores.MASTER_KEY, FIRST_SECRET, SECOND_SECRET)) {
            assertThat(logs).doesNotContain(secret);
        }
        assertThat(logs).doesNotContainPattern("/mcp/[A-Za-z0-9_-]{43}");
        assertThat(logs).doesNotContain("currentSchema");
    }

    private interface Check {
        boolean passed() throws Exception;
    }

    /** Polls every 20 ms, for at most two seconds (the assertion afterwards demands one). */
    private static void awaitOnB(Check check) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!check.passed()) {
            assertThat(System.nanoTime()).as("not seen within two seconds").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}

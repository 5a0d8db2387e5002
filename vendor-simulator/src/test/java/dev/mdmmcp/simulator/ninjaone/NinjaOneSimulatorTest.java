package dev.mdmmcp.simulator.ninjaone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.testing.Http;
import dev.mdmmcp.testing.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NinjaOneSimulatorTest {

    private static final Instant AS_OF = Instant.parse("2026-11-21T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(AS_OF.plusSeconds(30));
    private static NinjaOneSimulator simulator;
    private static Http api;

    @BeforeAll
    static void start() {
        simulator = NinjaOneSimulator.start(SimulatorSettings.defaults().withDevices(300).withSeed(11).withAsOf(AS_OF)
                .withClock(CLOCK).withTokenLifetime(Duration.ofMinutes(10)));
        api = new Http(simulator.baseUrl(), "Bearer " + token("monitoring management control"));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static String token(String scope) {
        Http.Reply reply = new Http(simulator.baseUrl(), null).form("/ws/oauth/token",
                "grant_type=client_credentials&client_id=" + NinjaOneSimulator.DEFAULT_CLIENT_ID + "&client_secret="
                        + NinjaOneSimulator.DEFAULT_CLIENT_SECRET + "&scope=" + encode(scope));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("expires_in").asLong()).isEqualTo(600);
        return reply.json().get("access_token").asText();
    }

    @Test
    void wrongClientCredentialsAreRefusedAndCallsNeedALiveToken() {
        Http.Reply refused = new Http(simulator.baseUrl(), null).form("/ws/oauth/token",
                "grant_type=client_credentials&client_id=" + NinjaOneSimulator.DEFAULT_CLIENT_ID + "&client_secret=wrong");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(api.withAuthorization(null).get("/v2/devices").status()).isEqualTo(401);
        assertThat(api.withAuthorization("Bearer made-up").get("/v2/devices").status()).isEqualTo(401);
    }

    @Test
    void anAccessTokenStopsWorkingWhenItExpires() {
        MutableClock clock = new MutableClock(AS_OF);
        try (NinjaOneSimulator expiring = NinjaOneSimulator.start(SimulatorSettings.defaults().withDevices(5)
                .withAsOf(AS_OF).withClock(clock).withTokenLifetime(Duration.ofSeconds(60)))) {
            String token = new Http(expiring.baseUrl(), null).form("/ws/oauth/token", "grant_type=client_credentials&client_id="
                    + NinjaOneSimulator.DEFAULT_CLIENT_ID + "&client_secret=" + NinjaOneSimulator.DEFAULT_CLIENT_SECRET)
                    .json().get("access_token").asText();
            Http client = new Http(expiring.baseUrl(), "Bearer " + token);
            assertThat(client.get("/v2/devices").status()).isEqualTo(200);

            clock.advance(Duration.ofSeconds(61));

            Http.Reply expired = client.get("/v2/devices");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.json().get("error").asText()).isEqualTo("invalid_token");
        }
    }

    @Test
    void aMonitoringOnlyTokenReadsButCannotChangeADevice() {
        Http reader = api.withAuthorization("Bearer " + token("monitoring"));

        assertThat(reader.get("/v2/device/101").status()).isEqualTo(200);
        assertThat(reader.send("POST", "/v2/ticketing/trigger/board/2/run", "{\"pageSize\":1}").status()).isEqualTo(200);
        Http.Reply refused = reader.send("PATCH", "/v2/device/101", "{\"displayName\":\"x\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("errorMessage").asText()).contains("management");
    }

    @Test
    void afterIdPagingVisitsEveryDeviceOnceInIdOrder() {
        List<Integer> ids = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = api.get("/v2/devices?pageSize=70" + after).json();
            page.forEach(device -> ids.add(device.get("id").asInt()));
            if (page.size() < 70) {
                break;
            }
            after = "&after=" + page.get(page.size() - 1).get("id").asInt();
        }
        assertThat(ids).hasSize(300).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aQueryCursorHandsOutTheNextPageOnEveryCallAndBelongsToItsQuery() {
        String path = "/v2/queries/software?df=" + encode("class in (WINDOWS_SERVER)");
        int total = api.get(path + "&pageSize=1000").json().get("results").size();
        JsonNode first = api.get(path + "&pageSize=50").json();
        String cursor = first.at("/cursor/name").asText();
        int seen = first.get("results").size();
        int offset = 50;
        while (true) {
            JsonNode page = api.get(path + "&pageSize=50&cursor=" + cursor).json();
            assertThat(page.at("/cursor/offset").asInt()).isEqualTo(offset);
            assertThat(page.at("/cursor/name").asText()).isEqualTo(cursor);
            seen += page.get("results").size();
            offset += 50;
            if (page.get("results").size() < 50) {
                break;
            }
        }
        assertThat(seen).isEqualTo(total).isGreaterThan(100).isLessThan(1000);

        Http.Reply otherQuery = api.get("/v2/queries/software?df=" + encode("class in (MAC)") + "&pageSize=50&cursor=" + cursor);
        assertThat(otherQuery.status()).isEqualTo(400);
        assertThat(otherQuery.json().get("errorMessage").asText()).contains("different query");
    }

    @Test
    void activityPagesGoBackInTimeWithOlderThanAndRefuseFewerThanTen() {
        assertThat(api.get("/v2/device/101/activities?pageSize=5").status()).isEqualTo(400);

        JsonNode first = api.get("/v2/device/101/activities?pageSize=10").json().get("activities");
        long oldest = first.get(first.size() - 1).get("id").asLong();
        JsonNode second = api.get("/v2/device/101/activities?pageSize=10&olderThan=" + oldest).json().get("activities");

        assertThat(first).hasSize(10);
        assertThat(second).isNotEmpty();
        assertThat(second.get(0).get("id").asLong()).isLessThan(oldest);
    }

    @Test
    void aTicketBoardPagesInItsBodyAfterTheLastTicketId() {
        Set<Integer> all = new TreeSet<>();
        api.send("POST", "/v2/ticketing/trigger/board/2/run", "{\"pageSize\":1000}").json().get("data")
                .forEach(ticket -> all.add(ticket.get("id").asInt()));
        Set<Integer> paged = new TreeSet<>();
        String body = "{\"pageSize\":7}";
        while (true) {
            JsonNode data = api.send("POST", "/v2/ticketing/trigger/board/2/run", body).json().get("data");
            data.forEach(ticket -> assertThat(paged.add(ticket.get("id").asInt())).isTrue());
            if (data.size() < 7) {
                break;
            }
            body = "{\"pageSize\":7,\"lastCursorId\":" + data.get(data.size() - 1).get("id").asInt() + "}";
        }
        assertThat(paged).isEqualTo(all).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void writesChangeWhatLaterReadsSee() {
        assertThat(api.send("PATCH", "/v2/device/101", "{\"displayName\":\"DB-PROD-01 (SQL 2019)\",\"policyId\":20}").status())
                .isEqualTo(204);
        JsonNode device = api.get("/v2/device/101").json();
        assertThat(device.get("displayName").asText()).isEqualTo("DB-PROD-01 (SQL 2019)");
        assertThat(device.at("/references/policy/name").asText()).isEqualTo("Windows Servers - Standard");

        int outstanding = api.get("/v2/device/101/os-patches?status=FAILED").json().size();
        assertThat(outstanding).isPositive();
        assertThat(api.send("POST", "/v2/device/101/patch/os/apply", null).status()).isEqualTo(204);
        assertThat(api.get("/v2/device/101/os-patches?status=FAILED").json()).isEmpty();
        assertThat(api.get("/v2/device/101").json().at("/os/needsReboot").asBoolean()).isTrue();
        assertThat(api.send("POST", "/v2/device/101/reboot/NORMAL", "{\"reason\":\"patches\"}").status()).isEqualTo(204);
        assertThat(api.get("/v2/device/101").json().at("/os/needsReboot").asBoolean()).isFalse();

        Http.Reply offline = api.send("POST", "/v2/device/102/reboot/NORMAL", "{}");
        assertThat(offline.status()).isEqualTo(400);
        assertThat(offline.json().get("errorMessage").asText()).contains("offline");
    }

    @Test
    void thePlantedFailedInstallsAreExactlyWhatTheFleetQueryFindsForTheLast14Days() {
        String since = LocalDate.ofInstant(simulator.planted().failedOsPatchInstallsSince(), ZoneOffset.UTC)
                .format(DateTimeFormatter.BASIC_ISO_DATE);
        Set<Integer> found = new TreeSet<>();
        api.get("/v2/queries/os-patch-installs?status=FAILED&pageSize=1000&installedAfter=" + since).json().get("results")
                .forEach(row -> found.add(row.get("deviceId").asInt()));
        Set<Integer> planted = new TreeSet<>();
        simulator.planted().failedOsPatchInstalls().forEach(device -> planted.add(device.id()));

        assertThat(planted).contains(101).hasSizeGreaterThan(3);
        assertThat(found).isEqualTo(planted);
        assertThat(simulator.planted().offlineServers()).anySatisfy(server ->
                assertThat(server.systemName()).isEqualTo("APP-PROD-02"));
    }

    @Test
    void anUnreadableDeviceFilterIs400NamingTheProblem() {
        Http.Reply refused = api.get("/v2/devices?df=" + encode("kind = server"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errorMessage").asText()).contains("'kind'");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

package dev.mdmmcp.simulator.kandji;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.fleet.Versions;
import dev.mdmmcp.simulator.testing.Http;
import dev.mdmmcp.testing.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KandjiSimulatorTest {

    private static final Instant AS_OF = Instant.parse("2026-11-21T10:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(AS_OF.plusSeconds(30));
    private static KandjiSimulator simulator;
    private static Http api;

    @BeforeAll
    static void start() {
        simulator = KandjiSimulator.start(settings(400, 7).withClock(CLOCK));
        api = new Http(simulator.baseUrl(), "Bearer " + KandjiSimulator.DEFAULT_API_TOKEN);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static SimulatorSettings settings(int devices, long seed) {
        // The unit tests do not want the tenant budget, except the one test that checks it.
        return SimulatorSettings.defaults().withDevices(devices).withSeed(seed).withAsOf(AS_OF).withRateLimits(false);
    }

    @Test
    void theSameSeedGivesTheSameFleetAndAnotherSeedAnother() {
        try (KandjiSimulator same = KandjiSimulator.start(settings(400, 7));
                KandjiSimulator other = KandjiSimulator.start(settings(400, 8))) {
            Http sameApi = api(same);
            String path = "/api/v1/prism/apps?limit=300&offset=150";

            assertThat(sameApi.get(path).json()).isEqualTo(api.get(path).json());
            assertThat(api(other).get(path).json()).isNotEqualTo(api.get(path).json());
        }
    }

    @Test
    void requestsWithoutOrWithAWrongTokenGet401() {
        Http anonymous = api.withAuthorization(null);
        Http wrong = api.withAuthorization("Bearer not-the-token");

        assertThat(anonymous.get("/api/v1/devices").status()).isEqualTo(401);
        Http.Reply refused = wrong.get("/api/v1/devices");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).isEqualTo("Invalid token.");
    }

    @Test
    void aLimitAbove300IsCutTo300AndOffsetPagingSeesEveryDeviceOnce() {
        assertThat(api.get("/api/v1/devices?limit=1000").json()).hasSize(300);

        // Other tests of this class may delete a device: the licence count is the truth.
        int enrolled = api.get("/api/v1/settings/licensing").json().at("/counts/computers_count").asInt();
        Set<String> seen = new HashSet<>();
        for (int offset = 0; ; offset += 150) {
            JsonNode page = api.get("/api/v1/devices?limit=150&offset=" + offset).json();
            page.forEach(device -> assertThat(seen.add(device.get("device_id").asText())).isTrue());
            if (page.size() < 150) {
                break;
            }
        }
        assertThat(seen).hasSize(enrolled);
        assertThat(enrolled).isGreaterThan(390);
    }

    @Test
    void theTenantBudgetAnswers429WithTheGatewayHeadersWhenSpent() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00.100Z"));
        try (KandjiSimulator limited = KandjiSimulator.start(settings(20, 7).withRateLimits(true).withClock(clock))) {
            Http limitedApi = api(limited);
            for (int i = 0; i < KandjiSimulator.PER_SECOND; i++) {
                Http.Reply ok = limitedApi.get("/api/v1/settings/licensing");
                assertThat(ok.status()).isEqualTo(200);
                assertThat(ok.header("RateLimit-Remaining")).isEqualTo(String.valueOf(KandjiSimulator.PER_SECOND - i - 1));
            }

            Http.Reply throttled = limitedApi.get("/api/v1/settings/licensing");

            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).isEqualTo("1");
            assertThat(throttled.header("RateLimit-Limit")).isEqualTo("50");
            assertThat(throttled.header("X-RateLimit-Limit-Hour")).isEqualTo("10000");
            assertThat(throttled.header("X-RateLimit-Remaining-Hour")).isEqualTo("9950");
            assertThat(throttled.json().get("message").asText()).isEqualTo("API rate limit exceeded");
            assertThat(limited.traffic().throttled()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            assertThat(limitedApi.get("/api/v1/settings/licensing").status()).isEqualTo(200);
        }
    }

    @Test
    void aRenamedDeviceStaysRenamedAndTheRenameIsInItsActivity() {
        String id = simulator.sampleArguments().get("device_id").toString();

        Http.Reply renamed = api.send("POST", "/api/v1/devices/" + id + "/action/setname", "{\"DeviceName\":\"ENG-RENAMED-1\"}");

        assertThat(renamed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/devices/" + id).json().get("device_name").asText()).isEqualTo("ENG-RENAMED-1");
        assertThat(api.get("/api/v1/devices?device_name=renamed").json()).hasSize(1);
        JsonNode latest = api.get("/api/v1/devices/" + id + "/activity?limit=1").json().at("/activity/results/0");
        assertThat(latest.get("action_type").asText()).isEqualTo("name_changed");
        assertThat(latest.at("/details/to").asText()).isEqualTo("ENG-RENAMED-1");
        JsonNode pending = api.get("/api/v1/devices/" + id + "/commands?limit=1").json().at("/commands/results/0");
        assertThat(pending.get("status").asInt()).isEqualTo(1);
    }

    @Test
    void updatingADeviceMovesItAndReplacesItsTagsAndAnUnknownBlueprintIs400() {
        JsonNode device = api.get("/api/v1/devices?platform=iPhone&limit=1").json().get(0);
        String id = device.get("device_id").asText();
        JsonNode blueprint = api.get("/api/v1/blueprints?name=Finance").json().at("/results/0");

        JsonNode updated = api.send("PATCH", "/api/v1/devices/" + id,
                "{\"blueprint_id\":\"" + blueprint.get("id").asText() + "\",\"tags\":[\"finance\",\"brand-new-tag\"]}").json();

        assertThat(updated.get("blueprint_name").asText()).isEqualTo("Finance Macs");
        assertThat(api.get("/api/v1/devices/" + id).json().get("tags")).extracting(JsonNode::asText)
                .containsExactly("finance", "brand-new-tag");
        assertThat(api.get("/api/v1/tags?search=brand-new").json().get("count").asInt()).isEqualTo(1);
        Http.Reply refused = api.send("PATCH", "/api/v1/devices/" + id, "{\"blueprint_id\":\"no-such-blueprint\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("no-such-blueprint");
    }

    @Test
    void aDeletedDeviceIsGoneFromEveryList() {
        JsonNode device = api.get("/api/v1/devices?platform=AppleTV&limit=1").json().get(0);
        String id = device.get("device_id").asText();
        int before = api.get("/api/v1/settings/licensing").json().at("/counts/computers_count").asInt();

        assertThat(api.send("DELETE", "/api/v1/devices/" + id, null).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/devices/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/devices?device_id=" + id).json()).isEmpty();
        assertThat(api.get("/api/v1/settings/licensing").json().at("/counts/computers_count").asInt()).isEqualTo(before - 1);
    }

    @Test
    void aFleetInventoryFilterOnAnUnknownColumnIs400NamingTheColumn() {
        Http.Reply refused = api.get("/api/v1/prism/apps?filter=" + encode("{\"nmae\":{\"in\":[\"Docker\"]}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("'nmae'").contains("bundle_id");
    }

    @Test
    void theAuditLogPagesThroughEveryEventWithTheCursorOfItsNextUrl() {
        int total = 0;
        Set<String> ids = new HashSet<>();
        String next = "/api/v1/audit/events?limit=37&sort_by=-occurred_at";
        String previousTime = null;
        while (next != null) {
            JsonNode page = api.get(next).json();
            for (JsonNode event : page.get("results")) {
                assertThat(ids.add(event.get("id").asText())).isTrue();
                String time = event.get("occurred_at").asText();
                assertThat(previousTime == null || time.compareTo(previousTime) <= 0).as("newest first").isTrue();
                previousTime = time;
                total++;
            }
            next = page.get("next").isNull() ? null : page.get("next").asText();
            if (next != null) {
                assertThat(next).contains("cursor=");
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(200);
    }

    @Test
    void thePlantedOutdatedDockerMacsAreExactlyWhatTheFleetInventoryShows() {
        Set<String> fromInventory = new TreeSet<>();
        String filter = encode("{\"bundle_id\":{\"in\":[\"com.docker.docker\"]}}");
        for (int offset = 0; ; offset += 300) {
            JsonNode page = api.get("/api/v1/prism/apps?device_families=Mac&limit=300&offset=" + offset + "&filter=" + filter).json();
            for (JsonNode row : page.get("data")) {
                if (Versions.isOlder(row.get("version").asText(), "4.28.0")) {
                    fromInventory.add(row.get("serial_number").asText());
                }
            }
            if (page.get("data").size() < 300) {
                break;
            }
        }
        List<String> planted = new ArrayList<>();
        simulator.planted().outdatedDocker().forEach(app -> planted.add(app.serialNumber()));

        assertThat(planted).isNotEmpty();
        assertThat(fromInventory).containsExactlyInAnyOrderElementsOf(planted);
        assertThat(simulator.planted().outdatedDocker()).anySatisfy(app -> assertThat(app.version()).isEqualTo("4.9.1"));
    }

    private static Http api(KandjiSimulator simulator) {
        return new Http(simulator.baseUrl(), "Bearer " + KandjiSimulator.DEFAULT_API_TOKEN);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

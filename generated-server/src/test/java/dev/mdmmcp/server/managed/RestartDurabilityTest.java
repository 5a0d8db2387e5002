package dev.mdmmcp.server.managed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.testing.MutableClock;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.store.Store;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts and servers survive a restart on the embedded store; expired servers do not come back. */
class RestartDurabilityTest {

    private static WireMockServer vendor;

    @BeforeAll
    static void startVendor() {
        vendor = KnownDevice.startVendor();
    }

    @AfterAll
    static void stopVendor() {
        vendor.stop();
    }

    @Test
    void accountsAndServersSurviveARestartAndExpiredServersDoNotComeBack() {
        String yaml = TestServer.yaml(vendor.baseUrl());
        MutableClock clock = MutableClock.startingNow();
        String account;
        JsonNode lasting;
        JsonNode expiring;
        JsonNode accountBefore;
        try (TestServer first = TestServer.start(yaml, clock)) {
            account = first.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"kept-secret\"}");
            lasting = first.createServer(account, "{\"name\":\"lasting\",\"config\":{\"methods\":[\"read\"]}}");
            expiring = first.createServer(account, "{\"name\":\"expiring\",\"expires_at\":\""
                    + clock.instant().plus(Duration.ofHours(1)) + "\"}");
            accountBefore = json(first.admin("GET", "/integrated-account/" + account, null));
        }
        clock.advance(Duration.ofHours(2));

        try (TestServer second = TestServer.start(yaml, clock)) {
            assertThat(json(second.admin("GET", "/integrated-account/" + account, null))).isEqualTo(accountBefore);
            JsonNode servers = json(second.admin("GET", "/integrated-account/" + account + "/mcp", null)).get("items");
            assertThat(servers).hasSize(1);
            assertThat(servers.get(0).get("id")).isEqualTo(lasting.get("id"));
            assertThat(servers.get(0).get("config").toString()).isEqualTo("{\"methods\":[\"read\"],\"tags\":null,\"tool_mode\":\"all\"}");

            HttpResponse<String> call = second.mcp(TestServer.tokenOf(lasting), KnownDevice.GET_DEVICE);
            assertThat(json(call).at("/result/isError").asBoolean()).as(call.body()).isFalse();
            vendor.verify(getRequestedFor(urlPathEqualTo("/api/v1/devices/d1"))
                    .withHeader("Authorization", equalTo("Bearer kept-secret")));
            assertThat(second.mcp(TestServer.tokenOf(expiring), KnownDevice.GET_DEVICE).statusCode()).isEqualTo(404);
        }
        // The purge at startup deleted the expired server's record, not just hid it.
        ServerConfig config = ServerConfig.fromYaml(yaml, Map.of(), TestConfigs.catalogs());
        try (Store store = Store.open(config.managed())) {
            assertThat(store.servers().find(account, expiring.get("id").asText())).isEmpty();
            assertThat(store.servers().find(account, lasting.get("id").asText())).isPresent();
        }
    }

    @Test
    void anotherMasterKeyIsAClearStartupErrorNotGarbage() {
        String yaml = TestServer.yaml(vendor.baseUrl());
        try (TestServer first = TestServer.start(yaml, Clock.systemUTC())) {
            first.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"kept-secret\"}");
        }

        String otherKey = yaml + "master_key: \"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\"\n";
        assertThatThrownBy(() -> TestServer.start(otherKey, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("the master key (id ")
                .hasMessageContaining("is not the key the stored credentials were sealed with: [1 integrated account(s) under key ");
        // The store was closed again: the right key still starts.
        try (TestServer again = TestServer.start(yaml, Clock.systemUTC())) {
            assertThat(json(again.admin("GET", "/integrated-account", null)).get("items")).hasSize(1);
        }
    }
}

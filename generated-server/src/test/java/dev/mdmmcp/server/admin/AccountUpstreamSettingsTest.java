package dev.mdmmcp.server.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import dev.mdmmcp.server.config.ConfigException;
import dev.mdmmcp.server.config.ServerConfig;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An integrated account's rate limits, concurrency, timeouts, response cap and circuit breaker,
 * set through the admin API with the keys, rules and messages of an account in the configuration
 * file, kept with the account, returned by GET and applied to its calls.
 */
class AccountUpstreamSettingsTest extends ServerWithVendorTest {

    private static final String ACCOUNT = "\"integration\":\"acmemdm\",\"name\":\"n\",\"credentials\":{\"api_token\":\"t\"}";
    @BeforeAll
    static void knowDeviceD1OfEveryTenant() {
        vendor.stubFor(get(urlPathMatching(".*/api/v1/devices/d1")).willReturn(okJson("{\"device_id\":\"d1\"}")));
    }

    /** A new account on its own tenant (each base URL path is another tenant), with {@code settings}. */
    private static HttpResponse<String> create(String settings) {
        return server.admin("POST", "/integrated-account", "{" + ACCOUNT + ",\"base_url\":\"" + vendor.baseUrl()
                + "/t" + System.nanoTime() + "\"" + (settings.isEmpty() ? "" : "," + settings) + "}");
    }

    @Test
    void settingsAreKeptWithTheAccountReturnedAndChangedKeyByKey() {
        HttpResponse<String> created = create("""
                "rate_limits":{"per_second":10,"per_hour":500,"share":"50%","max_wait_seconds":0.5},
                "max_concurrency":2,"timeouts":{"connect_seconds":1,"read_seconds":4.5},"max_response_bytes":65536,
                "circuit_breaker":{"failures":3,"open_seconds":10}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode account = json(created);
        assertThat(account.properties()).extracting(Map.Entry::getKey).containsExactly("id", "integration", "name",
                "base_url", "rate_limits", "max_concurrency", "timeouts", "max_response_bytes", "circuit_breaker",
                "created_at", "updated_at");
        assertThat(account.get("rate_limits").toString())
                .isEqualTo("{\"per_second\":10,\"per_hour\":500,\"share\":\"50%\",\"max_wait_seconds\":0.5}");
        String path = "/integrated-account/" + account.get("id").asText();
        assertThat(json(server.admin("GET", path, null))).isEqualTo(account);

        // Each key named replaces what was set for it; null goes back to the vendor's default.
        JsonNode patched = json(server.admin("PATCH", path, "{\"rate_limits\":{\"share\":70},\"max_concurrency\":null}"));

        assertThat(patched.get("rate_limits").toString()).isEqualTo("{\"share\":70}");
        assertThat(patched.has("max_concurrency")).isFalse();
        assertThat(patched.get("timeouts").toString()).isEqualTo("{\"connect_seconds\":1,\"read_seconds\":4.5}");
        assertThat(json(server.admin("GET", path, null))).isEqualTo(patched);
        JsonNode cleared = json(server.admin("PATCH", path, """
                {"rate_limits":null,"timeouts":null,"max_response_bytes":null,"circuit_breaker":null}"""));
        assertThat(cleared.properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "integration", "name", "base_url", "created_at", "updated_at");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "rate_limits":{"per_second":1.5}      | rate_limits.per_second | rate_limits.per_second must be a whole number from 0 to 1000000, got '1.5'
            "rate_limits":{"per_hour":-1}         | rate_limits.per_hour   | rate_limits.per_hour must be a whole number from 0 to 1000000000, got '-1'
            "rate_limits":{"share":"0%"}          | rate_limits.share      | rate_limits.share must be a percentage from 1 to 100 (like 80 or 80%), got '0%'
            "rate_limits":{"max_wait_seconds":61} | rate_limits.max_wait_seconds | rate_limits.max_wait_seconds must be a number of seconds from 0 to 60, got '61'
            "rate_limits":{"burst":5}             | rate_limits.burst      | rate_limits.burst is not a key of rate_limits; valid: per_second, per_hour, share, max_wait_seconds
            "rate_limits":5                       | rate_limits            | rate_limits must be a map
            "max_concurrency":0                   | max_concurrency        | max_concurrency must be a whole number from 1 to 1000, got '0'
            "max_concurrency":[2]                 | max_concurrency        | max_concurrency must be a single value, not a list or map
            "timeouts":{"read_seconds":-1}        | timeouts.read_seconds  | timeouts.read_seconds must be a number of seconds from 0.01 to 600, got '-1'
            "timeouts":{"write_seconds":1}        | timeouts.write_seconds | timeouts.write_seconds is not a key of timeouts (did you mean read_seconds?); valid: connect_seconds, read_seconds
            "max_response_bytes":100              | max_response_bytes     | max_response_bytes must be a whole number from 1024 to 2147483647, got '100'
            "circuit_breaker":{"failures":0}      | circuit_breaker.failures | circuit_breaker.failures must be a whole number from 1 to 1000, got '0'
            "circuit_breaker":{"open_seconds":0}  | circuit_breaker.open_seconds | circuit_breaker.open_seconds must be a number of seconds from 0.01 to 3600, got '0'
            """)
    void invalidSettingsAre400WithTheMessageTheConfigurationFileGives(String setting, String field, String message) {
        HttpResponse<String> refused = create(setting);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).get("error").asText()).isEqualTo("invalid_request");
        assertThat(json(refused).get("field").asText()).isEqualTo(field);
        assertThat(json(refused).get("message").asText()).isEqualTo(message);
        // The same setting in the configuration file (JSON is YAML) fails with the same words.
        assertThatThrownBy(() -> ServerConfig.fromYaml("accounts:\n  a: {\"vendor\":\"acmemdm\",\"base_url\":\"https://x.test\","
                + "\"credentials\":{\"api_token\":\"t\"}," + setting + "}\n", Map.of(), TestConfigs.catalogs()))
                .isInstanceOf(ConfigException.class).hasMessageEndingWith(": accounts.a." + message);
    }

    @Test
    void anInvalidChangeIsRefusedAndLeavesTheSettingsAsTheyWere() {
        JsonNode account = json(create("\"max_concurrency\":2"));
        String path = "/integrated-account/" + account.get("id").asText();

        HttpResponse<String> refused = server.admin("PATCH", path, "{\"name\":\"renamed\",\"max_concurrency\":\"many\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("field").asText()).isEqualTo("max_concurrency");
        assertThat(json(server.admin("GET", path, null))).isEqualTo(account);
    }

    @Test
    void theSettingsApplyToTheAccountsCallsAndAChangeAppliesAtOnce() {
        JsonNode account = json(create("\"rate_limits\":{\"per_hour\":2,\"share\":100}"));
        String id = account.get("id").asText();
        String token = TestServer.tokenOf(server.createServer(id, "{\"name\":\"s\"}"));
        vendor.resetRequests();

        List<JsonNode> results = List.of(call(token), call(token), call(token));

        assertThat(results.subList(0, 2)).allSatisfy(result -> assertThat(result.get("isError").asBoolean()).isFalse());
        assertThat(results.get(2).get("isError").asBoolean()).isTrue();
        assertThat(results.get(2).at("/content/0/text").asText()).startsWith("The hourly request budget of account '" + id
                + "' is spent: 2 requests in the last hour, 100% of AcmeMDM's 2 per hour for the tenant");
        assertThat(results.get(2).at("/_meta/budget/per_hour/limit").asInt()).isEqualTo(2);
        vendor.verify(2, getRequestedFor(urlPathMatching(".*/api/v1/devices/d1")));

        server.admin("PATCH", "/integrated-account/" + id, "{\"rate_limits\":{\"per_hour\":3,\"share\":100}}");

        assertThat(call(token).get("isError").asBoolean()).as("one more request this hour").isFalse();
        assertThat(call(token).get("isError").asBoolean()).isTrue();
        vendor.verify(3, getRequestedFor(urlPathMatching(".*/api/v1/devices/d1")));
    }

    @Test
    void aResponseCapBelowTheAnswerIsATooLargeError() {
        JsonNode account = json(create("\"max_response_bytes\":1024"));
        vendor.stubFor(get(urlPathEqualTo(account.get("base_url").asText().substring(vendor.baseUrl().length())
                + "/api/v1/devices/d1")).willReturn(okJson("{\"device_id\":\"" + "x".repeat(4096) + "\"}")));
        String token = TestServer.tokenOf(server.createServer(account.get("id").asText(), "{\"name\":\"s\"}"));

        JsonNode result = call(token);

        assertThat(result.get("isError").asBoolean()).isTrue();
        assertThat(result.at("/content/0/text").asText()).startsWith("AcmeMDM answered HTTP 200 with a body larger than"
                + " the 1024 bytes this server accepts for the account; it was not read.");
    }

    private static JsonNode call(String token) {
        return json(server.mcp(token, KnownDevice.GET_DEVICE)).get("result");
    }
}

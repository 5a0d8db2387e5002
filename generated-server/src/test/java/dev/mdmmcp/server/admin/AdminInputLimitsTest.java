package dev.mdmmcp.server.admin;

import static dev.mdmmcp.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.ServerWithVendorTest;
import dev.mdmmcp.server.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The admin API's input is bounded and strict: body size, string lengths, control characters,
 * repeated keys and headers, JSON types and time ranges are all refused with a 4xx naming what
 * was wrong, before the store sees anything.
 */
class AdminInputLimitsTest extends ServerWithVendorTest {

    private static final long ONE_MIB = 1024 * 1024;

    private String account() {
        return server.createAccount("acmemdm", vendor.baseUrl(), "{\"api_token\":\"t\"}");
    }

    private String newAccount(String name, String baseUrl) {
        return "{\"integration\":\"acmemdm\",\"name\":\"" + name + "\",\"base_url\":\"" + baseUrl
                + "\",\"credentials\":{\"api_token\":\"t\"}}";
    }

    private static void assertInvalid(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("invalid_request");
        assertThat(body.get("message").asText()).isEqualTo(message);
        assertThat(body.path("field").asText(null)).isEqualTo(field);
    }

    @Test
    void aHundredMegabyteBodyIs413WithTheJsonErrorBeforeAnythingIsRead() {
        String reply = server.http().raw("POST /integrated-account HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + TestServer.ADMIN_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: " + (100 * ONE_MIB),
                "{\"name\":\"".getBytes(StandardCharsets.US_ASCII));

        assertThat(reply).startsWith("HTTP/1.1 413");
        assertThat(reply.substring(reply.indexOf("\r\n\r\n") + 4)).isEqualTo(
                "{\"error\":\"too_large\",\"message\":\"the body is larger than 1048576 bytes (max_request_bytes)\"}");
    }

    @Test
    void aChunkedBodyIs413AsSoonAsItPassesTheLimit() throws Exception {
        String big = newAccount("x".repeat((int) ONE_MIB), vendor.baseUrl());
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/integrated-account"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json(chunked).get("message").asText())
                .isEqualTo("the body is larger than 1048576 bytes (max_request_bytes)");
    }

    @Test
    void aBaseUrlOfMoreThan2048CharactersIs400NamingIt() {
        String longUrl = vendor.baseUrl() + "/" + "a".repeat(2049 - vendor.baseUrl().length() - 1);
        assertThat(longUrl).hasSize(2049);

        assertInvalid(server.admin("POST", "/integrated-account", newAccount("n", longUrl)), "base_url",
                "base_url must be at most 2048 characters long");
        assertInvalid(server.admin("PATCH", "/integrated-account/" + account(), "{\"base_url\":\"" + longUrl + "\"}"),
                "base_url", "base_url must be at most 2048 characters long");
    }

    @Test
    void controlCharactersInNamesAre400NamingTheField() {
        String message = "name must not contain control characters (line breaks, tabs, NUL and the like)";
        assertInvalid(server.admin("POST", "/integrated-account", newAccount("acme\\u0000prod", vendor.baseUrl())),
                "name", message);
        assertInvalid(server.admin("POST", "/integrated-account", newAccount("acme\\nINFO forged", vendor.baseUrl())),
                "name", message);
        assertInvalid(server.admin("PATCH", "/integrated-account/" + account(), "{\"name\":\"a\\u2028b\"}"), "name", message);
        assertInvalid(server.admin("POST", "/integrated-account/" + account() + "/mcp", "{\"name\":\"audit\\r\"}"),
                "name", message);
    }

    @Test
    void aKeyTwiceIs400NamingTheKey() {
        assertInvalid(server.admin("POST", "/integrated-account",
                "{\"name\":\"a\"," + newAccount("b", vendor.baseUrl()).substring(1)), "name",
                "the body has the key 'name' more than once");
        assertInvalid(server.admin("PATCH", "/integrated-account/" + account(),
                "{\"credentials\":{\"api_token\":\"a\",\"api_token\":\"b\"}}"), "api_token",
                "the body has the key 'api_token' more than once");
    }

    @Test
    void numbersSentAsStringsAre400() {
        String account = account();

        assertInvalid(server.admin("PATCH", "/integrated-account/" + account, "{\"max_concurrency\":\"8\"}"),
                "max_concurrency", "max_concurrency must be a whole number from 1 to 1000 as a JSON number, not the string \"8\"");
        assertInvalid(server.admin("PATCH", "/integrated-account/" + account, "{\"timeouts\":{\"read_seconds\":\"5\"}}"),
                "timeouts.read_seconds",
                "timeouts.read_seconds must be a number of seconds from 0.01 to 600 as a JSON number, not the string \"5\"");
        assertThat(server.admin("PATCH", "/integrated-account/" + account,
                "{\"max_concurrency\":8,\"rate_limits\":{\"share\":\"50%\"}}").statusCode())
                .as("numbers as numbers, and a share as a percentage string").isEqualTo(200);
    }

    @Test
    void anExpiryAfterTheYear9999Is400() {
        String account = account();

        assertInvalid(server.admin("POST", "/integrated-account/" + account + "/mcp",
                "{\"name\":\"s\",\"expires_at\":\"+99999-01-01T00:00:00Z\"}"), "expires_at",
                "expires_at must be no later than 9999-12-31T23:59:59Z; leave it out for a server that does not expire");
        assertThat(server.admin("POST", "/integrated-account/" + account + "/mcp",
                "{\"name\":\"s\",\"expires_at\":\"9999-12-31T00:00:00Z\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void twoAuthorizationHeadersAre400EvenWhenOneIsValid() {
        for (String[] pair : new String[][] {{"Bearer " + TestServer.ADMIN_TOKEN, "Bearer wrong"},
                {"Bearer wrong", "Bearer " + TestServer.ADMIN_TOKEN}}) {
            String reply = server.http().raw("GET /integrated-account HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + pair[0] + "\r\nAuthorization: " + pair[1], new byte[0]);

            assertThat(reply).startsWith("HTTP/1.1 400");
            assertThat(reply.substring(reply.indexOf("\r\n\r\n") + 4)).isEqualTo(
                    "{\"error\":\"invalid_request\",\"message\":\"send one Authorization header, not several\"}");
        }
    }
}

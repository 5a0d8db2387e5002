package dev.mdmmcp.server.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client ID Metadata Documents: fetched over https from public addresses only, checked, cached, limited. */
class ClientMetadataDocumentsTest {

    private static WireMockServer host;
    private final ClientMetadataDocuments development = ClientMetadataDocuments.create(true);
    private final ClientMetadataDocuments production = ClientMetadataDocuments.create(false);

    @BeforeAll
    static void start() {
        host = new WireMockServer(options().dynamicPort().dynamicHttpsPort().bindAddress("127.0.0.1"));
        host.start();
    }

    @AfterAll
    static void stop() {
        host.stop();
    }

    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.logging.Handler capture = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final java.util.logging.Logger logger = java.util.logging.Logger.getLogger(ClientMetadataDocuments.class.getName());

    @BeforeEach
    void reset() {
        host.resetAll();
        logger.setLevel(java.util.logging.Level.INFO);
        logger.addHandler(capture);
    }

    @org.junit.jupiter.api.AfterEach
    void detach() {
        logger.removeHandler(capture);
    }

    private static String url(String path) {
        return "https://127.0.0.1:" + host.httpsPort() + path;
    }

    private static void serve(String path, String clientId, String extra) {
        host.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("""
                {"client_id":"%s","client_name":"Loopback client","redirect_uris":["http://127.0.0.1:7/cb"]%s}"""
                .formatted(clientId, extra))));
    }

    @Test
    void aValidDocumentNamesTheClientAndItsRedirectUrisAndIsFetchedOnce() {
        serve("/client.json", url("/client.json"), "");
        Optional<OAuthClient> client = development.find(url("/client.json"));
        assertThat(client).contains(new OAuthClient(url("/client.json"), "Loopback client",
                List.of(URI.create("http://127.0.0.1:7/cb")), Optional.empty()));
        assertThat(development.find(url("/client.json"))).isEqualTo(client);
        host.verify(1, getRequestedFor(urlPathEqualTo("/client.json")));
    }

    @Test
    void privateLinkLocalAndLoopbackAddressesAreNeverAsked() {
        serve("/client.json", url("/client.json"), "");
        assertThat(production.find(url("/client.json"))).as("loopback without the development setting").isEmpty();
        assertThat(production.find("https://localhost:" + host.httpsPort() + "/client.json")).isEmpty();
        assertThat(development.find("https://10.1.2.3/client.json")).isEmpty();
        assertThat(development.find("https://192.168.0.10/client.json")).isEmpty();
        assertThat(development.find("https://169.254.169.254/latest/meta-data")).isEmpty();
        assertThat(development.find("https://[fd00::1]/client.json")).isEmpty();
        assertThat(development.find("https://100.64.0.1/client.json")).isEmpty();
        host.verify(0, getRequestedFor(urlPathEqualTo("/client.json")));
        assertThat(logged).contains("oauth: the client metadata document https://10.1.2.3/client.json is not used: it"
                + " resolves to 10.1.2.3, a private, link-local or loopback address");
    }

    @Test
    void onlyHttpsUrlsWithAPathAreDocuments() {
        assertThat(production.find("http://mcp-client.example/client.json")).isEmpty();
        assertThat(development.find("https://127.0.0.1:" + host.httpsPort())).isEmpty();
        assertThat(development.find("https://127.0.0.1:" + host.httpsPort() + "/")).isEmpty();
        assertThat(development.find("https://user@127.0.0.1:" + host.httpsPort() + "/client.json")).isEmpty();
        host.verify(0, getRequestedFor(urlPathEqualTo("/client.json")));
    }

    @Test
    void aDocumentForAnotherUrlOrWithBadRedirectsOrASecretIsRefused() {
        serve("/other.json", url("/client.json"), "");
        assertThat(development.find(url("/other.json"))).isEmpty();
        host.stubFor(get(urlPathEqualTo("/plain.json")).willReturn(okJson("""
                {"client_id":"%s","client_name":"x","redirect_uris":["http://app.example/cb"]}""".formatted(url("/plain.json")))));
        assertThat(development.find(url("/plain.json"))).as("http redirect off loopback").isEmpty();
        serve("/secret.json", url("/secret.json"), ",\"token_endpoint_auth_method\":\"client_secret_basic\"");
        assertThat(development.find(url("/secret.json"))).isEmpty();
        host.stubFor(get(urlPathEqualTo("/broken.json")).willReturn(okJson("[1,2]")));
        assertThat(development.find(url("/broken.json"))).isEmpty();
        assertThat(logged).containsExactly(
                "oauth: the client metadata document " + url("/other.json") + " is not used: its client_id is not the URL"
                        + " it was fetched from",
                "oauth: the client metadata document " + url("/plain.json") + " is not used: its redirect_uris are missing,"
                        + " or one is neither https nor http on a loopback host",
                "oauth: the client metadata document " + url("/secret.json") + " is not used: its"
                        + " token_endpoint_auth_method is not none (only public clients use a metadata document here)",
                "oauth: the client metadata document " + url("/broken.json") + " is not used: it is no valid client"
                        + " metadata JSON object");
    }

    @Test
    void largeSlowAndRedirectedDocumentsAreRefused() {
        serve("/large.json", url("/large.json"), ",\"padding\":\"" + "x".repeat(ClientMetadataDocuments.MAX_BYTES) + "\"");
        assertThat(development.find(url("/large.json"))).isEmpty();
        host.stubFor(get(urlPathEqualTo("/slow.json")).willReturn(okJson("{}").withFixedDelay(6_000)));
        long started = System.nanoTime();
        assertThat(development.find(url("/slow.json"))).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_500);
        host.stubFor(get(urlPathEqualTo("/moved.json"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", url("/client.json"))));
        serve("/client.json", url("/moved.json"), "");
        assertThat(development.find(url("/moved.json"))).isEmpty();
        host.verify(0, getRequestedFor(urlPathEqualTo("/client.json")));
        assertThat(logged).containsSubsequence(
                "oauth: the client metadata document " + url("/large.json") + " is not used: it is larger than 16384 bytes",
                "oauth: the client metadata document " + url("/slow.json") + " is not used: it could not be fetched: no"
                        + " connection, or no answer within 3 s",
                "oauth: the client metadata document " + url("/moved.json") + " is not used: it answered HTTP 302");
    }
}

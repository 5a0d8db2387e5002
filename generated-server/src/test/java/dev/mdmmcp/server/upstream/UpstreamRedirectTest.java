package dev.mdmmcp.server.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mdmmcp.server.KnownDevice;
import dev.mdmmcp.server.TestConfigs;
import dev.mdmmcp.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A vendor answering with a redirect to another host never gets the credentials sent there. */
class UpstreamRedirectTest {

    private WireMockServer vendor;
    private WireMockServer elsewhere;
    private TestServer server;

    @BeforeEach
    void start() {
        vendor = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        elsewhere = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        vendor.start();
        elsewhere.start();
        server = TestServer.start(vendor.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
        vendor.stop();
        elsewhere.stop();
    }

    @Test
    void aRedirectedApiRequestIsNotFollowed() {
        vendor.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(302)
                .withHeader("Location", elsewhere.baseUrl() + "/api/v1/devices/d1")));

        HttpResponse<String> call = server.mcp(TestConfigs.AUDIT_TOKEN, KnownDevice.GET_DEVICE);

        assertThat(call.body()).contains("\"isError\":true");
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRedirectedTokenRequestIsNotFollowed() {
        vendor.stubFor(post(urlPathEqualTo("/ws/oauth/token")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", elsewhere.baseUrl() + "/ws/oauth/token")));

        HttpResponse<String> call = server.mcp(TestConfigs.RMM_TOKEN, TestServer.toolsCall("list_devices", "{}"));

        assertThat(call.body()).contains("\"isError\":true");
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
    }
}

package dev.mdmmcp.server;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Device d1 of the fixture vendor acmemdm, the device tests of managed servers call: the raw
 * {@code tools/call} that asks for it, and a WireMock vendor that knows it.
 */
public final class KnownDevice {

    /** {@code get_device} of d1, as one JSON-RPC message. */
    public static final String GET_DEVICE = TestServer.toolsCall("get_device", "{\"device_id\":\"d1\"}");

    private KnownDevice() {
    }

    /** Makes {@code vendor} answer {@code get_device} of d1 with {@code {"device_id":"d1"}}. */
    public static void stub(WireMockServer vendor) {
        vendor.stubFor(get(urlPathEqualTo("/api/v1/devices/d1")).willReturn(okJson("{\"device_id\":\"d1\"}")));
    }

    /**
     * A started WireMock vendor on a free port that knows d1, warmed: its first request loads
     * Jetty's and WireMock's request path, which on a loaded machine takes longer than the
     * fixture vendor's one-second read timeout, so it is sent here and forgotten, not by a test.
     */
    public static WireMockServer startVendor() {
        WireMockServer vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        stub(vendor);
        warm(vendor);
        return vendor;
    }

    private static void warm(WireMockServer vendor) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            client.send(HttpRequest.newBuilder(URI.create(vendor.baseUrl() + "/api/v1/devices/d1")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("the WireMock vendor does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while warming the WireMock vendor", e);
        }
        vendor.resetRequests();
    }
}

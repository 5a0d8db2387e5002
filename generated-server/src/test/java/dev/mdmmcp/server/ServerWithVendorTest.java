package dev.mdmmcp.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests against one {@link TestServer} whose accounts all point at one WireMock vendor, both
 * started once per test class. A subclass stubs the vendor in a {@code @BeforeAll} of another
 * name, which JUnit runs after this one.
 */
public abstract class ServerWithVendorTest {

    protected static WireMockServer vendor;
    protected static TestServer server;

    /** Inbound request limits off, for a test server that a test may call faster than a client would. */
    public static final String UNLIMITED = "limits: {requests_per_second: 0, unknown_tokens_per_minute: 0}\n";

    @BeforeAll
    static void startVendorAndServer() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        // These tests poll and repeat requests as fast as they can; InboundRateLimitTest tests the limits.
        server = TestServer.start(UNLIMITED + TestServer.yaml(vendor.baseUrl()), Clock.systemUTC());
    }

    @AfterAll
    static void stopServerAndVendor() {
        server.close();
        vendor.stop();
    }
}

package dev.mdmmcp.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
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

    @BeforeAll
    static void startVendorAndServer() {
        vendor = new WireMockServer(options().dynamicPort());
        vendor.start();
        server = TestServer.start(vendor.baseUrl());
    }

    @AfterAll
    static void stopServerAndVendor() {
        server.close();
        vendor.stop();
    }
}

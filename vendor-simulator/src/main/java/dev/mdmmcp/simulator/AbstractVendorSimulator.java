package dev.mdmmcp.simulator;

import dev.mdmmcp.simulator.http.SimulatedServer;
import dev.mdmmcp.simulator.http.Traffic;
import java.net.URI;

/** What every simulator does alike: it has a vendor id and a server, whose address and traffic it reports. */
public abstract class AbstractVendorSimulator implements VendorSimulator {

    private final String vendor;
    private final SimulatedServer server;

    protected AbstractVendorSimulator(String vendor, SimulatedServer server) {
        this.vendor = vendor;
        this.server = server;
    }

    @Override
    public final String vendor() {
        return vendor;
    }

    @Override
    public final URI baseUrl() {
        return server.baseUrl();
    }

    @Override
    public final Traffic traffic() {
        return server.traffic();
    }

    @Override
    public final void close() {
        server.close();
    }
}

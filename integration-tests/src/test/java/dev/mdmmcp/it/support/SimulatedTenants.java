package dev.mdmmcp.it.support;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Simulated vendor tenants served by one in-process mdm-mcp server: an account per simulator
 * and one all-tools MCP server per vendor, reached through the MCP Java SDK client as Claude
 * would reach it.
 */
public final class SimulatedTenants implements AutoCloseable {

    private final Map<String, VendorSimulator> simulators;
    private final MdmMcpServer server;
    private final List<McpSyncClient> clients = new ArrayList<>();

    private SimulatedTenants(Map<String, VendorSimulator> simulators, MdmMcpServer server) {
        this.simulators = simulators;
        this.server = server;
    }

    /** Starts a simulator per entry (vendor id to settings) and the server in front of them. */
    public static SimulatedTenants start(Map<String, SimulatorSettings> tenants) {
        Map<String, VendorSimulator> simulators = new LinkedHashMap<>();
        try {
            tenants.forEach((vendor, settings) -> simulators.put(vendor, VendorSimulator.start(vendor, settings)));
            // Each run gets its own embedded store under target/, not ./data.
            StringBuilder yaml = new StringBuilder("host: 127.0.0.1\nport: 0\ndata_dir: target/test-stores/"
                    + UUID.randomUUID() + "\naccounts:\n");
            for (VendorSimulator simulator : simulators.values()) {
                yaml.append("  ").append(simulator.vendor()).append(":\n")
                        .append("    vendor: ").append(simulator.vendor()).append('\n')
                        .append("    base_url: ").append(simulator.baseUrl()).append('\n')
                        .append("    credentials:\n");
                simulator.credentials().forEach((name, value) -> yaml.append("      ").append(name).append(": ")
                        .append(value).append('\n'));
            }
            yaml.append("servers:\n");
            for (String vendor : simulators.keySet()) {
                yaml.append("  ").append(vendor).append("-all:\n")
                        .append("    account: ").append(vendor).append('\n')
                        .append("    token: ").append(ServedCatalogs.tokenOf(vendor)).append('\n');
            }
            return new SimulatedTenants(simulators, MdmMcpServer.start(ServerConfig.fromYaml(yaml.toString(), Map.of())));
        } catch (RuntimeException e) {
            simulators.values().forEach(VendorSimulator::close);
            throw e;
        }
    }

    public VendorSimulator simulator(String vendor) {
        return simulators.get(vendor);
    }

    /** A new, initialized MCP client of the vendor's all-tools server. */
    public McpSyncClient client(String vendor) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + server.port())
                .endpoint("/mcp/" + ServedCatalogs.tokenOf(vendor))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(McpSyncClient::closeGracefully);
        server.close();
        simulators.values().forEach(VendorSimulator::close);
    }
}

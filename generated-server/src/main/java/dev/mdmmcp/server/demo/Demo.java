package dev.mdmmcp.server.demo;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code demo}: simulated Kandji and NinjaOne tenants and one MCP server in front of them, in
 * this process, with a demo account per vendor and, per vendor, a read-only and a full-access
 * MCP server. The servers are static ones from a generated configuration; their URL tokens are
 * kept in {@code demo.json} so a restart keeps the URLs.
 */
public final class Demo implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,}");

    private final List<VendorSimulator> simulators;
    private final MdmMcpServer server;
    private final List<DemoServer> servers;
    private final Path demoFile;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private Demo(List<VendorSimulator> simulators, MdmMcpServer server, List<DemoServer> servers, Path demoFile) {
        this.simulators = simulators;
        this.server = server;
        this.servers = servers;
        this.demoFile = demoFile;
    }

    public static Demo start(DemoOptions options) {
        DemoFile file = new DemoFile(options.dataDirectory());
        Map<String, String> previous = file.previousTokens();
        SecureRandom random = new SecureRandom();
        List<VendorSimulator> simulators = new ArrayList<>();
        MdmMcpServer server = null;
        try {
            SimulatorSettings settings = SimulatorSettings.defaults().withDevices(options.devices());
            for (String vendor : VendorSimulator.VENDORS) {
                simulators.add(VendorSimulator.start(vendor, settings.withCredentials(credentials(vendor, random))));
            }
            Map<String, Plan> plans = new LinkedHashMap<>();
            for (VendorSimulator simulator : simulators) {
                String vendor = simulator.vendor();
                plans.put(vendor + "-read-only", new Plan(vendor, List.of("read"), token(previous, vendor + "-read-only", random)));
                plans.put(vendor + "-full-access", new Plan(vendor, List.of("read", "write"),
                        token(previous, vendor + "-full-access", random)));
            }
            server = MdmMcpServer.start(ServerConfig.fromYaml(configuration(options.port(), secret(random), simulators, plans),
                    Map.of()));
            List<DemoServer> servers = new ArrayList<>();
            for (Map.Entry<String, Plan> plan : plans.entrySet()) {
                servers.add(new DemoServer(plan.getKey(), plan.getValue().vendor(), "http://127.0.0.1:" + server.port()
                        + McpRouting.PATH + "/" + plan.getValue().token(), plan.getValue().methods(), List.of()));
            }
            file.write(servers);
            return new Demo(List.copyOf(simulators), server, List.copyOf(servers), file.path());
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            simulators.forEach(VendorSimulator::close);
            throw e;
        }
    }

    /** A server to create: its vendor, method filter and URL token. */
    private record Plan(String vendor, List<String> methods, String token) {
    }

    private static Map<String, String> credentials(String vendor, SecureRandom random) {
        return switch (vendor) {
            case "kandji" -> Map.of("api_token", secret(random));
            case "ninjaone" -> Map.of("client_id", "demo-" + secret(random).substring(0, 12), "client_secret", secret(random));
            default -> Map.of();
        };
    }

    private static String token(Map<String, String> previous, String name, SecureRandom random) {
        String kept = previous.get(name);
        return kept != null && TOKEN.matcher(kept).matches() ? kept : secret(random);
    }

    /** 32 random bytes, URL-safe: 43 characters. */
    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String configuration(int port, String cursorSecret, List<VendorSimulator> simulators,
            Map<String, Plan> plans) {
        StringBuilder yaml = new StringBuilder("host: 127.0.0.1\nport: ").append(port).append('\n')
                // Cursors of a demo need not outlive it; a key of its own keeps the log free of the warning about it.
                .append("cursor_secret: \"").append(cursorSecret).append("\"\naccounts:\n");
        for (VendorSimulator simulator : simulators) {
            yaml.append("  demo-").append(simulator.vendor()).append(":\n")
                    .append("    vendor: ").append(simulator.vendor()).append('\n')
                    .append("    base_url: ").append(simulator.baseUrl()).append('\n')
                    .append("    credentials:\n");
            simulator.credentials().forEach((name, value) ->
                    yaml.append("      ").append(name).append(": \"").append(value).append("\"\n"));
        }
        yaml.append("servers:\n");
        plans.forEach((name, plan) -> yaml.append("  ").append(name).append(":\n")
                .append("    account: demo-").append(plan.vendor()).append('\n')
                .append("    token: \"").append(plan.token()).append("\"\n")
                .append("    methods: [").append(String.join(", ", plan.methods())).append("]\n"));
        return yaml.toString();
    }

    /** The MCP servers, read-only before full-access, Kandji before NinjaOne. */
    public List<DemoServer> servers() {
        return servers;
    }

    public List<VendorSimulator> simulators() {
        return simulators;
    }

    public int port() {
        return server.port();
    }

    public Path demoFile() {
        return demoFile;
    }

    /** Blocks until {@link #close()} runs, e.g. from the Ctrl-C hook. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
            simulators.forEach(VendorSimulator::close);
        } finally {
            stopped.countDown();
        }
    }
}

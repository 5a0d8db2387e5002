package dev.mdmmcp.demo;

import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.mcp.McpRouting;
import dev.mdmmcp.simulator.SimulatorSettings;
import dev.mdmmcp.simulator.VendorSimulator;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code demo}: simulated Kandji and NinjaOne tenants and one MCP server in front of them, in
 * this process, on the embedded store of the data directory. Through the admin API it creates a
 * demo account per vendor and, per vendor, a read-only and a full-access managed MCP server, plus
 * a read-only Kandji server people sign in to ({@code "auth": "oauth"}) at a simulated OpenID
 * Connect provider on loopback; their URLs are kept in {@code demo.json}, so a restart keeps them
 * while the store does.
 */
public final class Demo implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,}");

    private final List<VendorSimulator> simulators;
    private final DemoIdentityProvider identityProvider;
    private final MdmMcpServer server;
    private final List<DemoServer> servers;
    private final Path demoFile;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private Demo(List<VendorSimulator> simulators, DemoIdentityProvider identityProvider, MdmMcpServer server,
            List<DemoServer> servers, Path demoFile) {
        this.simulators = simulators;
        this.identityProvider = identityProvider;
        this.server = server;
        this.servers = servers;
        this.demoFile = demoFile;
    }

    public static Demo start(DemoOptions options) {
        DemoFile file = new DemoFile(options.dataDirectory());
        Map<String, String> previous = file.previousTokens();
        SecureRandom random = new SecureRandom();
        List<VendorSimulator> simulators = new ArrayList<>();
        DemoIdentityProvider identityProvider = null;
        MdmMcpServer server = null;
        try {
            identityProvider = DemoIdentityProvider.start();
            SimulatorSettings settings = SimulatorSettings.defaults().withDevices(options.devices());
            for (String vendor : VendorSimulator.VENDORS) {
                simulators.add(VendorSimulator.start(vendor, settings.withCredentials(credentials(vendor, random))));
            }
            String adminToken = secret(random);
            server = MdmMcpServer.start(ServerConfig.fromYaml(configuration(options, secret(random), adminToken,
                    identityProvider.issuer(), secret(random)), Map.of()));
            URI base = URI.create("http://127.0.0.1:" + server.port());
            DemoProvisioning admin = new DemoProvisioning(base, adminToken);
            List<DemoServer> servers = new ArrayList<>();
            for (VendorSimulator simulator : simulators) {
                String vendor = simulator.vendor();
                String account = admin.account("demo-" + vendor, vendor, simulator.baseUrl().toString(),
                        simulator.credentials());
                servers.add(server(admin, account, vendor, "read-only", List.of("read"), previous, base));
                servers.add(server(admin, account, vendor, "full-access", List.of("read", "write"), previous, base));
                if (vendor.equals("kandji")) {
                    String name = vendor + "-sign-in";
                    servers.add(new DemoServer(name, vendor, admin.signInServer(account, name, List.of("read"),
                            DemoIdentityProvider.EMAIL), List.of("read"), List.of(), DemoServer.OAUTH));
                }
            }
            file.write(servers);
            return new Demo(List.copyOf(simulators), identityProvider, server, List.copyOf(servers), file.path());
        } catch (RuntimeException | Error e) {
            // An Error too: the simulators' threads would otherwise keep a failed demo alive.
            if (server != null) {
                server.close();
            }
            simulators.forEach(VendorSimulator::close);
            if (identityProvider != null) {
                identityProvider.close();
            }
            throw e;
        }
    }

    /**
     * The managed server {@code <vendor>-<kind>}: the one of the previous run when its URL (kept in
     * demo.json) still answers, else a new one, replacing any server of that name.
     */
    private static DemoServer server(DemoProvisioning admin, String account, String vendor, String kind,
            List<String> methods, Map<String, String> previous, URI base) {
        String name = vendor + "-" + kind;
        String kept = previous.get(name);
        Optional<String> existing = admin.server(account, name);
        String url;
        if (kept != null && TOKEN.matcher(kept).matches() && existing.isPresent() && admin.answers(kept)) {
            url = base + McpRouting.PATH + "/" + kept;
        } else {
            existing.ifPresent(id -> admin.revokeServer(account, id));
            url = admin.createServer(account, name, methods);
        }
        return new DemoServer(name, vendor, url, methods, List.of(), DemoServer.URL_AUTH);
    }

    private static Map<String, String> credentials(String vendor, SecureRandom random) {
        return switch (vendor) {
            case "kandji" -> Map.of("api_token", secret(random));
            case "ninjaone" -> Map.of("client_id", "demo-" + secret(random).substring(0, 12), "client_secret", secret(random));
            default -> Map.of();
        };
    }

    /** 32 random bytes, URL-safe: 43 characters. */
    private static String secret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Loopback only, the embedded store in the demo's data directory, an admin token for this run,
     * loopback upstream hosts (the simulators) and the simulated identity provider people sign in with.
     */
    private static String configuration(DemoOptions options, String cursorSecret, String adminToken, URI issuer,
            String identityProviderSecret) {
        // Cursors of a demo need not outlive it; a key of its own keeps the log free of the warning about it.
        return "host: 127.0.0.1\nport: " + options.port() + "\n"
                + "data_dir: \"" + options.dataDirectory().toAbsolutePath() + "\"\n"
                + "cursor_secret: \"" + cursorSecret + "\"\n"
                + "admin_token: \"" + adminToken + "\"\n"
                // The simulated tenants listen on 127.0.0.1 over http: the operator's list lets accounts name them.
                + "allowed_upstream_hosts: [loopback]\n"
                + "oauth:\n  identity_provider:\n"
                + "    issuer: \"" + issuer + "\"\n"
                + "    client_id: " + DemoIdentityProvider.CLIENT_ID + "\n"
                + "    client_secret: \"" + identityProviderSecret + "\"\n";
    }

    /** The simulated identity provider's issuer URL: its sign-in page takes the user name {@value DemoIdentityProvider#USER}. */
    public URI identityProvider() {
        return identityProvider.issuer();
    }

    /** The MCP servers, read-only before full-access before sign-in, Kandji before NinjaOne. */
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
            identityProvider.close();
        } finally {
            stopped.countDown();
        }
    }
}

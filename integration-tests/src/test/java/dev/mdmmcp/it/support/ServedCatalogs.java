package dev.mdmmcp.it.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.mdmmcp.server.MdmMcpServer;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.tool.ToolCatalog;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * Every catalog on the classpath served by one in-process mdm-mcp server, each vendor's account
 * pointing at one WireMock upstream, with one MCP server per vendor exposing all its tools.
 */
public final class ServedCatalogs implements AutoCloseable {

    private final WireMockServer upstream;
    private final MdmMcpServer server;
    private final Map<String, ToolCatalog> catalogs;
    private final Map<String, McpSyncClient> clients = new LinkedHashMap<>();

    private ServedCatalogs(WireMockServer upstream, MdmMcpServer server, Map<String, ToolCatalog> catalogs) {
        this.upstream = upstream;
        this.server = server;
        this.catalogs = catalogs;
    }

    public static ServedCatalogs start() {
        Map<String, ToolCatalog> catalogs = catalogsOnClasspath();
        WireMockServer upstream = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        upstream.start();
        MdmMcpServer server = MdmMcpServer.start(ServerConfig.fromYaml(configYaml(upstream.baseUrl()), Map.of()));
        return new ServedCatalogs(upstream, server, catalogs);
    }

    /** Every vendor catalog on the classpath, by vendor id. */
    public static Map<String, ToolCatalog> catalogsOnClasspath() {
        Map<String, ToolCatalog> catalogs = new LinkedHashMap<>();
        ServiceLoader.load(ToolCatalog.class).forEach(catalog -> catalogs.put(catalog.vendor().id(), catalog));
        return catalogs;
    }

    /**
     * The configuration served: one account per vendor at {@code upstream}, and one server per
     * vendor named {@code <vendor>-all} with all its tools and the token {@link #tokenOf}.
     */
    public static String configYaml(String upstream) {
        return configYaml(upstream, catalogsOnClasspath());
    }

    /**
     * The catalogs the server jar itself carries: those on the classpath minus the test-only
     * vendors this module generates from {@code src/test/specs} (a spawned server process has
     * no such vendors).
     */
    public static Map<String, ToolCatalog> catalogsOfTheServerJar() {
        Path testVendors = Path.of(System.getProperty("mdm-mcp.test-specs.directory"));
        Map<String, ToolCatalog> catalogs = new LinkedHashMap<>(catalogsOnClasspath());
        catalogs.keySet().removeIf(vendor -> Files.isDirectory(testVendors.resolve(vendor)));
        return catalogs;
    }

    /** The configuration of {@link #configYaml(String)} for the given catalogs only. */
    public static String configYaml(String upstream, Map<String, ToolCatalog> catalogs) {
        // Each run gets its own embedded store under target/, not ./data. The tests here call tools
        // as fast as they can on one URL each: the per-credential request rate is off.
        StringBuilder yaml = new StringBuilder("host: 127.0.0.1\nport: 0\ndata_dir: target/test-stores/"
                + UUID.randomUUID() + "\nlimits: {requests_per_second: 0}\naccounts:\n");
        for (ToolCatalog catalog : catalogs.values()) {
            String vendor = catalog.vendor().id();
            yaml.append("  ").append(vendor).append(":\n")
                    .append("    vendor: ").append(vendor).append('\n')
                    .append("    base_url: ").append(upstream).append('\n')
                    .append("    credentials:\n")
                    .append(new UpstreamAccounts(catalog.vendor()).credentialsYaml("      "));
        }
        yaml.append("servers:\n");
        for (String vendor : catalogs.keySet()) {
            yaml.append("  ").append(serverOf(vendor)).append(":\n")
                    .append("    account: ").append(vendor).append('\n')
                    .append("    token: ").append(tokenOf(vendor)).append('\n');
        }
        return yaml.toString();
    }

    /** The name of the all-tools server of a vendor. */
    public static String serverOf(String vendor) {
        return vendor + "-all";
    }

    /** The URL token of the all-tools server of a vendor: 32+ URL-safe characters. */
    public static String tokenOf(String vendor) {
        return ("it-" + vendor + "-all-tools-token-0123456789abcdef").replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public WireMockServer upstream() {
        return upstream;
    }

    public List<ToolCatalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    public ToolCatalog catalog(String vendor) {
        return catalogs.get(vendor);
    }

    /** An initialized MCP client of the vendor's all-tools server, shared by the tests of a class. */
    public McpSyncClient client(String vendor) {
        return clients.computeIfAbsent(vendor, v -> connect("/mcp/" + tokenOf(v)));
    }

    /** The URL of the vendor's all-tools server. */
    public String url(String vendor) {
        return "http://127.0.0.1:" + server.port() + "/mcp/" + tokenOf(vendor);
    }

    /** A new MCP client for any endpoint path of this server, initialized. */
    public McpSyncClient connect(String endpoint) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + server.port())
                .endpoint(endpoint)
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        clients.values().forEach(McpSyncClient::closeGracefully);
        server.close();
        upstream.stop();
    }
}

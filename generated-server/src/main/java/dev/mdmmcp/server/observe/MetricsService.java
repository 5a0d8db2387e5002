package dev.mdmmcp.server.observe;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * {@code GET /observe/metrics}: Prometheus text with tool calls, upstream latency and active
 * servers (configured ones, and managed ones that have not expired).
 */
public final class MetricsService implements HttpService {

    public static final String PATH = "/observe/metrics";
    static final String ACTIVE_SERVERS = "mdm_mcp_active_servers";

    private final ToolCallMetrics calls;
    private final int configuredServers;
    private final Supplier<OptionalInt> storedServers;

    /**
     * @param storedServers the number of active managed servers; empty while the store cannot be asked
     */
    public MetricsService(ToolCallMetrics calls, int configuredServers, Supplier<OptionalInt> storedServers) {
        this.calls = calls;
        this.configuredServers = configuredServers;
        this.storedServers = storedServers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::metrics);
    }

    private void metrics(ServerRequest request, ServerResponse response) {
        PrometheusText text = new PrometheusText();
        calls.writeTo(text);
        text.family(ACTIVE_SERVERS, "gauge", "MCP servers whose URL works: from the configuration file and from the store.");
        text.sample(ACTIVE_SERVERS, Map.of("source", "config"), configuredServers);
        storedServers.get().ifPresent(count -> text.sample(ACTIVE_SERVERS, Map.of("source", "store"), count));
        response.header(HeaderNames.CONTENT_TYPE, PrometheusText.CONTENT_TYPE);
        response.send(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}

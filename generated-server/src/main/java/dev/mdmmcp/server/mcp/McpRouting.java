package dev.mdmmcp.server.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.access.ApiTokenCheck;
import dev.mdmmcp.server.access.ServerLookup;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.inbound.InboundRates;
import dev.mdmmcp.server.oauth.ProtectedResources;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;

/**
 * Assembles the MCP surface of a configuration: the endpoint service and the cache of SDK
 * servers behind it, which must be closed with the web server.
 */
public final class McpRouting implements AutoCloseable {

    /**
     * Where the endpoint is mounted; the URL of a server is {@code <base>/mcp/<token>}, of an OAuth
     * server {@code <base>/mcp/oauth/<key>}.
     */
    public static final String PATH = "/mcp";

    private final McpEndpoint endpoint;
    private final McpServerCache servers;

    /**
     * @param lookup finds the server of a URL token (configured and managed servers)
     * @param apiTokens checks the API token of servers that require one
     * @param oauth checks the access token of OAuth servers
     * @param rates the request rate of each credential, and of unknown tokens per client address
     */
    public McpRouting(ServerConfig config, ServerLookup lookup, ApiTokenCheck apiTokens, ProtectedResources oauth,
            ToolCallPipeline pipeline, ObjectMapper mapper, String version, InboundRates rates) {
        McpJsonMapper sdkMapper = McpJsonDefaults.getMapper();
        this.servers = new McpServerCache(new McpToolSpecifications(pipeline, mapper), new RequestParams(sdkMapper),
                version);
        this.endpoint = new McpEndpoint(lookup, apiTokens, oauth, servers, HostAndOriginCheck.of(config),
                new RequestBody(config.maxRequestBytes()), new JsonRpcEnvelope(mapper, sdkMapper), sdkMapper, rates);
    }

    public McpEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        servers.close();
    }
}

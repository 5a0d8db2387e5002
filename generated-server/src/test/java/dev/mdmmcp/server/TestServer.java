package dev.mdmmcp.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.config.ServerConfig;
import dev.mdmmcp.server.oauth.AuthorizationGrants;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * An in-process server for HTTP tests of managed servers: the admin API with {@link #ADMIN_TOKEN},
 * raw MCP requests, and a few shortcuts to create accounts and servers.
 */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdefghijkl";
    public static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
             "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""";
    public static final String TOOLS_LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

    private final MdmMcpServer server;
    private final Path dataDir;

    private TestServer(MdmMcpServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** A {@code tools/call} message; {@code argumentsJson} is the JSON object of arguments. */
    public static String toolsCall(String tool, String argumentsJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + argumentsJson + "}}";
    }

    /** The fixture configuration (static servers on {@code upstream}, a fresh embedded store) plus the admin token. */
    public static String yaml(String upstream) {
        return TestConfigs.yaml(upstream) + "admin_token: " + ADMIN_TOKEN + "\n";
    }

    public static TestServer start(String yaml, Clock clock) {
        ServerConfig config = ServerConfig.fromYaml(yaml, Map.of(), TestConfigs.catalogs());
        return new TestServer(MdmMcpServer.start(config, clock), config.managed().dataDir());
    }

    public static TestServer start(String upstream) {
        return start(yaml(upstream), Clock.systemUTC());
    }

    /** The seam sign-in answers authorizations through. */
    public AuthorizationGrants grants() {
        return server.authorizationGrants();
    }

    /** The directory of the server's embedded store, for commands that work on the same store. */
    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public TestHttp http() {
        return new TestHttp(baseUrl(), ADMIN_TOKEN);
    }

    /** An admin request with the admin token. */
    public HttpResponse<String> admin(String method, String path, String json) {
        return http().admin(method, path, json);
    }

    /** An admin request with the given {@code Authorization} value (null: none). */
    public HttpResponse<String> admin(String method, String path, String json, String authorization) {
        return http().admin(method, path, json, authorization);
    }

    /** One JSON-RPC message to {@code /mcp/<token>}; {@code headers} are name, value pairs. */
    public HttpResponse<String> mcp(String token, String json, String... headers) {
        return http().mcp(token, json, headers);
    }

    public HttpResponse<String> get(String path) {
        return http().get(path);
    }

    /** Creates an account and returns its id. */
    public String createAccount(String integration, String upstream, String credentialsJson) {
        return http().createAccount(integration, upstream, credentialsJson);
    }

    /** Creates a server of the account from the body given and returns the 201 answer. */
    public JsonNode createServer(String accountId, String bodyJson) {
        return http().createServer(accountId, bodyJson);
    }

    /** The token part of a server's URL. */
    public static String tokenOf(JsonNode created) {
        String url = created.get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return TestHttp.json(response);
    }

    @Override
    public void close() {
        server.close();
    }
}

package dev.mdmmcp.server.access;

import dev.mdmmcp.server.call.AccountConnection;
import dev.mdmmcp.server.config.McpServerConfig;
import dev.mdmmcp.server.config.ServerConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The static servers of the configuration file, by the hash of their URL token (see
 * {@link TokenHash}); its OAuth servers by name.
 */
public final class TokenDirectory implements ServerLookup {

    private final Map<String, ServerDefinition> serversByTokenHash;
    private final Map<String, ServerDefinition> oauthServersByName;

    private TokenDirectory(Map<String, ServerDefinition> serversByTokenHash, Map<String, ServerDefinition> oauthServersByName) {
        this.serversByTokenHash = Map.copyOf(serversByTokenHash);
        this.oauthServersByName = Map.copyOf(oauthServersByName);
    }

    /** The configuration's servers, each on the connection of its account ({@code connections} by account name). */
    public static TokenDirectory of(ServerConfig config, Map<String, AccountConnection> connections) {
        Map<String, ServerDefinition> servers = new HashMap<>();
        Map<String, ServerDefinition> oauthServers = new HashMap<>();
        for (McpServerConfig server : config.servers().values()) {
            ServerDefinition definition = ServerDefinition.resolve(server, connections.get(server.account()));
            if (server.token().isPresent()) {
                servers.put(TokenHash.of(server.token().get().reveal()), definition);
            } else {
                oauthServers.put(server.name(), definition);
            }
        }
        return new TokenDirectory(servers, oauthServers);
    }

    /** The configured OAuth server of this name ({@code /mcp/oauth/<name>}). */
    public Optional<ServerDefinition> findOAuth(String name) {
        return Optional.ofNullable(oauthServersByName.get(name));
    }

    @Override
    public Optional<ServerDefinition> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(serversByTokenHash.get(TokenHash.of(token)));
    }

    public List<ServerDefinition> servers() {
        return List.copyOf(serversByTokenHash.values());
    }
}

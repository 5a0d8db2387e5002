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
 * {@link TokenHash}).
 */
public final class TokenDirectory implements ServerLookup {

    private final Map<String, ServerDefinition> serversByTokenHash;

    private TokenDirectory(Map<String, ServerDefinition> serversByTokenHash) {
        this.serversByTokenHash = Map.copyOf(serversByTokenHash);
    }

    /** The configuration's servers, each on the connection of its account ({@code connections} by account name). */
    public static TokenDirectory of(ServerConfig config, Map<String, AccountConnection> connections) {
        Map<String, ServerDefinition> servers = new HashMap<>();
        for (McpServerConfig server : config.servers().values()) {
            servers.put(TokenHash.of(server.token().reveal()),
                    ServerDefinition.resolve(server, connections.get(server.account())));
        }
        return new TokenDirectory(servers);
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

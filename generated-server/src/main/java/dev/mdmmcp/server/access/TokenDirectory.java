package dev.mdmmcp.server.access;

import dev.mdmmcp.server.config.McpServerConfig;
import dev.mdmmcp.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the server a URL token belongs to. Only SHA-256 hashes of the tokens are kept: a heap
 * dump shows no usable URL, and looking up a hash does not compare the secret byte by byte.
 */
public final class TokenDirectory {

    private final Map<String, ServerDefinition> serversByTokenHash;

    private TokenDirectory(Map<String, ServerDefinition> serversByTokenHash) {
        this.serversByTokenHash = Map.copyOf(serversByTokenHash);
    }

    public static TokenDirectory of(ServerConfig config) {
        Map<String, ServerDefinition> servers = new HashMap<>();
        for (McpServerConfig server : config.servers().values()) {
            servers.put(hash(server.token().reveal()),
                    ServerDefinition.resolve(server, config.account(server.account())));
        }
        return new TokenDirectory(servers);
    }

    /** The server whose token is {@code token}; empty for an unknown or malformed one. */
    public Optional<ServerDefinition> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(serversByTokenHash.get(hash(token)));
    }

    public List<ServerDefinition> servers() {
        return List.copyOf(serversByTokenHash.values());
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

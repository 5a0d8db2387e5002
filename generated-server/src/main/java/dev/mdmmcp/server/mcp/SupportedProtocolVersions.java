package dev.mdmmcp.server.mcp;

import io.modelcontextprotocol.spec.ProtocolVersions;
import java.util.List;

/**
 * The MCP protocol versions this server speaks, oldest first (the SDK answers an unknown
 * requested version with the last one). 2024-11-05 costs nothing here: the stateless exchange of
 * JSON responses is the same, and newer fields are ignored by older clients.
 */
final class SupportedProtocolVersions {

    static final List<String> ALL = List.of(
            ProtocolVersions.MCP_2024_11_05,
            ProtocolVersions.MCP_2025_03_26,
            ProtocolVersions.MCP_2025_06_18,
            ProtocolVersions.MCP_2025_11_25);

    private SupportedProtocolVersions() {
    }

    static boolean supports(String version) {
        return ALL.contains(version);
    }

    static String listed() {
        return String.join(", ", ALL);
    }
}

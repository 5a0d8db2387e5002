package dev.mdmmcp.server.mcp;

import io.modelcontextprotocol.spec.ProtocolVersions;
import java.util.List;
import java.util.stream.Stream;

/**
 * The MCP protocol versions this server speaks. Legacy (2025-era) versions open with
 * {@code initialize}; 2024-11-05 costs nothing here: the stateless exchange of JSON responses is
 * the same, and newer fields are ignored by older clients. Modern versions (2026-07-28) carry
 * the version in every request's {@code _meta} and need no handshake.
 */
final class SupportedProtocolVersions {

    static final String MCP_2026_07_28 = "2026-07-28";

    /** Oldest first: the legacy SDK answers an unknown requested version with the last one. */
    static final List<String> LEGACY = List.of(
            ProtocolVersions.MCP_2024_11_05,
            ProtocolVersions.MCP_2025_03_26,
            ProtocolVersions.MCP_2025_06_18,
            ProtocolVersions.MCP_2025_11_25);

    /** What {@code server/discover} offers. */
    static final List<String> MODERN = List.of(MCP_2026_07_28);

    /** Every version, newest first, as errors name them. */
    static final List<String> ALL = Stream.concat(MODERN.stream(), LEGACY.reversed().stream()).toList();

    private SupportedProtocolVersions() {
    }

    static boolean isLegacy(String version) {
        return LEGACY.contains(version);
    }

    static boolean isModern(String version) {
        return MODERN.contains(version);
    }

    static String listed() {
        return String.join(", ", ALL);
    }
}

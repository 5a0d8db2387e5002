package dev.mdmmcp.server.config;

import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;
import dev.mdmmcp.server.people.AllowedPeople;
import java.util.Optional;

/**
 * One MCP server URL: the account it works on, its secret URL token (or, for an OAuth server, who
 * may sign in to it) and which tools it offers.
 *
 * @param name the server's key under {@code servers}; shown in logs
 * @param account the name of the account it uses
 * @param token the URL token, {@code /mcp/<token>}; empty for an OAuth server ({@code /mcp/oauth/<name>})
 * @param filter which of the account's tools it offers
 * @param toolMode whether it lists its tools or offers the discovery meta-tools
 * @param allowedPeople present for an OAuth server ({@code auth: oauth}): who may sign in to it
 */
public record McpServerConfig(String name, String account, Optional<Secret> token, ToolFilter filter, ToolMode toolMode,
        Optional<AllowedPeople> allowedPeople) {
}

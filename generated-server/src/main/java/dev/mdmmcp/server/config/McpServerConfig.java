package dev.mdmmcp.server.config;

import dev.mdmmcp.server.filter.ToolFilter;
import dev.mdmmcp.server.filter.ToolMode;

/**
 * One MCP server URL: the account it works on, its secret URL token and which tools it offers.
 *
 * @param name the server's key under {@code servers}; shown in logs
 * @param account the name of the account it uses
 * @param token the URL token, {@code /mcp/<token>}
 * @param filter which of the account's tools it offers
 * @param toolMode whether it lists its tools or offers the discovery meta-tools
 */
public record McpServerConfig(String name, String account, Secret token, ToolFilter filter, ToolMode toolMode) {
}

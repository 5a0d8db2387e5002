package dev.mdmmcp.server.mcp;

import io.modelcontextprotocol.modern.server.McpRequestContext;
import io.modelcontextprotocol.modern.server.RequestStateCodec;

/**
 * This server never asks a 2026-07-28 client for input (no {@code InputRequiredResult}), so it
 * never seals request state, and any {@code requestState} a client sends is refused as invalid.
 */
final class NoRequestState implements RequestStateCodec {

    static final NoRequestState INSTANCE = new NoRequestState();

    private NoRequestState() {
    }

    @Override
    public String seal(McpRequestContext ctx, String state) {
        throw new IllegalStateException("this server asks no client for input, so it has no request state to seal");
    }

    @Override
    public String open(McpRequestContext ctx, String sealed) {
        return null;
    }
}

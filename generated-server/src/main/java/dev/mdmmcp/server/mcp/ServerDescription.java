package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.access.ServerDefinition;
import io.modelcontextprotocol.spec.McpSchema;

/** What every mdm-mcp server tells a client at initialize, whatever the transport. */
final class ServerDescription {

    static final String NAME = "mdm-mcp";
    /** Tools only; the list never changes while a server runs. */
    static final McpSchema.ServerCapabilities CAPABILITIES = McpSchema.ServerCapabilities.builder().tools(false).build();

    private ServerDescription() {
    }

    static String instructions(ServerDefinition definition) {
        return "Tools for the " + definition.account().catalog().profile().displayName() + " account '"
                + definition.account().name() + "'. List tools return at most 'limit' items; when a result has"
                + " 'next_cursor', pass it back unchanged, with the same other arguments, to get the next page.";
    }
}

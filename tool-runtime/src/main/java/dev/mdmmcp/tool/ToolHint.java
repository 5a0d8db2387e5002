package dev.mdmmcp.tool;

/** The MCP tool annotations a tool may carry; absent means false. */
public enum ToolHint {
    /** The tool does not change anything upstream. */
    READ_ONLY,
    /** The tool may destroy data or a device's state (erase, wipe, delete). */
    DESTRUCTIVE,
    /** Calling it twice with the same arguments has no further effect. */
    IDEMPOTENT,
    /** The tool talks to a system outside this server (every vendor tool does). */
    OPEN_WORLD
}

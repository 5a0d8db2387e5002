package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.call.CallLog;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.result.FailureMessages;
import dev.mdmmcp.server.result.FailureReason;

/**
 * A {@code tools/call} of a tool this server does not offer, answered by the server itself in
 * both eras (the SDK's legacy answer names a fixed placeholder tool instead of the one asked
 * for): an unknown name gets {@code Unknown tool: <name>}, a tool of the account that the
 * server's filters (or the caller's grant) leave out says so. Either refusal is logged like every call.
 */
final class ToolRefusals {

    private ToolRefusals() {
    }

    /** The refusal of a call of {@code name}, which {@code server} does not offer, after logging the call. */
    static String refuse(ServerDefinition server, CallScope scope, String name) {
        FailureReason refusal = server.account().catalog().tool(name).isPresent()
                ? new FailureReason.ToolNotAvailable(name) : new FailureReason.UnknownTool(name);
        CallLog.record(scope, server.account().catalog().vendorId(), name, refusal.outcome(), null, 0);
        return FailureMessages.text(refusal);
    }
}

package dev.mdmmcp.server.calllog;

import dev.mdmmcp.server.call.CallObserver;
import dev.mdmmcp.server.call.Caller;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.store.CallRecord;
import dev.mdmmcp.server.store.CallStore;
import dev.mdmmcp.server.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Keeps the recent tool calls of each managed server in the store, for
 * {@code GET /integrated-account/{id}/mcp/{mcp_id}/calls}: time, tool, method class, outcome,
 * upstream status, duration, request id and, on OAuth servers, the person. Never argument values. A call that cannot be
 * recorded is logged and otherwise ignored: the history must not fail a call.
 */
public final class CallRecorder implements CallObserver {

    private static final Logger LOGGER = Logger.getLogger(CallRecorder.class.getName());

    private final CallStore calls;
    private final Clock clock;

    public CallRecorder(CallStore calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public void callEnded(CallScope scope, ToolEntry tool, Outcome outcome, Integer upstreamStatus, Duration duration) {
        if (!scope.storedServer()) {
            return;
        }
        try {
            calls.insert(new CallRecord(scope.serverName(), scope.requestId(), clock.instant().minus(duration), tool.name(),
                    tool.descriptor().method().wireName(), outcome.logName(), upstreamStatus, duration.toMillis(),
                    scope.caller().map(Caller::subject), scope.caller().flatMap(Caller::email)));
        } catch (StoreException e) {
            LOGGER.warning("tool call request=" + scope.requestId() + " was not recorded: " + e.getMessage());
        }
    }
}

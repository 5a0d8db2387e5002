package dev.mdmmcp.server.call;

import dev.mdmmcp.server.result.Outcome;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per tool call: request id, server, the signed-in person (OAuth servers), vendor,
 * tool, outcome, upstream status and duration. Argument values, credentials and URL tokens are never logged: arguments can hold
 * personal data (user names, serial numbers) and the rest are secrets.
 */
public final class CallLog {

    static final Logger LOGGER = Logger.getLogger("dev.mdmmcp.server.call");
    private static final int MAX_PERSON_LENGTH = 320;

    private CallLog() {
    }

    /** The person of an OAuth call, quoted: identity-provider values may hold anything. */
    private static String person(Caller caller) {
        return " person=" + quoted(caller.subject()) + " email=" + caller.email().map(CallLog::quoted).orElse("-");
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().limit(MAX_PERSON_LENGTH).forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /**
     * Logs one call; also a call refused before any tool ran ({@code upstreamStatus} null). Text
     * from the request (the tool name of a refused call) is escaped by the log formatter.
     */
    public static void record(CallScope scope, String vendor, String tool, Outcome outcome, Integer upstreamStatus,
            long durationMillis) {
        Level level = outcome == Outcome.INTERNAL_ERROR ? Level.WARNING : Level.INFO;
        if (LOGGER.isLoggable(level)) {
            // logp names the source itself: JUL would otherwise walk the (deep) stack of every call
            // to find it, which cost more than the rest of the log line.
            LOGGER.logp(level, CallLog.class.getName(), "record", "tool call request=" + scope.requestId()
                    + " server=" + scope.serverName() + scope.caller().map(CallLog::person).orElse("") + " vendor=" + vendor + " tool=" + tool + " outcome=" + outcome.logName()
                    + " upstream_status=" + (upstreamStatus == null ? "-" : upstreamStatus)
                    + " duration_ms=" + durationMillis);
        }
    }
}

package dev.mdmmcp.server.call;

import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Told about every tool call, for metrics and the call history. Observers run on the call's
 * thread: they must be quick, and a failing observer never fails the call.
 */
public interface CallObserver {

    CallObserver NONE = new CallObserver() {
    };

    /** The vendor answered (any status) after {@code latency}. */
    default void upstreamAnswered(ToolEntry tool, Duration latency) {
    }

    /** The call ended. {@code upstreamStatus} is null when the vendor did not answer or was not asked. */
    default void callEnded(CallScope scope, ToolEntry tool, Outcome outcome, Integer upstreamStatus, Duration duration) {
    }

    /** All of {@code observers}, each shielded from the others' failures. */
    static CallObserver all(List<CallObserver> observers) {
        List<CallObserver> copy = List.copyOf(observers);
        Logger logger = Logger.getLogger(CallObserver.class.getName());
        return new CallObserver() {
            @Override
            public void upstreamAnswered(ToolEntry tool, Duration latency) {
                for (CallObserver observer : copy) {
                    try {
                        observer.upstreamAnswered(tool, latency);
                    } catch (RuntimeException e) {
                        logger.log(Level.WARNING, "a call observer failed: " + e.getClass().getName());
                    }
                }
            }

            @Override
            public void callEnded(CallScope scope, ToolEntry tool, Outcome outcome, Integer upstreamStatus,
                    Duration duration) {
                for (CallObserver observer : copy) {
                    try {
                        observer.callEnded(scope, tool, outcome, upstreamStatus, duration);
                    } catch (RuntimeException e) {
                        logger.log(Level.WARNING, "a call observer failed: " + e.getClass().getName());
                    }
                }
            }
        };
    }
}

package dev.mdmmcp.server.calllog;

import dev.mdmmcp.server.call.CallObserver;
import dev.mdmmcp.server.call.Caller;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.result.Outcome;
import dev.mdmmcp.server.store.CallRecord;
import dev.mdmmcp.server.store.CallStore;
import dev.mdmmcp.server.store.RefusedCallStore;
import dev.mdmmcp.server.store.RefusedCalls;
import dev.mdmmcp.server.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Keeps the recent tool calls of each managed server in the store, for
 * {@code GET /integrated-account/{id}/mcp/{mcp_id}/calls}: time, tool, method class, outcome,
 * upstream status, duration, request id and, on OAuth servers, the person. Never argument values.
 * Calls refused before any upstream request ({@link Outcome#refusedBeforeSending()}) are counted
 * per server, outcome and minute in memory and added to the store every {@link #FLUSH_INTERVAL},
 * so a flood of them costs a few rows, not one each. A call that cannot be recorded is logged and
 * otherwise ignored: the history must not fail a call.
 */
public final class CallRecorder implements CallObserver, AutoCloseable {

    public static final Duration FLUSH_INTERVAL = Duration.ofSeconds(5);
    private static final Logger LOGGER = Logger.getLogger(CallRecorder.class.getName());

    private record Minute(String serverId, Instant minute, String outcome) {
    }

    private final CallStore calls;
    private final RefusedCallStore refusedCalls;
    private final Clock clock;
    private final Map<Minute, LongAdder> refused = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mdm-mcp-refused-calls");
        thread.setDaemon(true);
        return thread;
    });

    public CallRecorder(CallStore calls, RefusedCallStore refusedCalls, Clock clock) {
        this.calls = calls;
        this.refusedCalls = refusedCalls;
        this.clock = clock;
    }

    /** Starts adding the counts of refused calls to the store every {@link #FLUSH_INTERVAL}. */
    public void start() {
        long millis = FLUSH_INTERVAL.toMillis();
        flusher.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void callEnded(CallScope scope, ToolEntry tool, Outcome outcome, Integer upstreamStatus, Duration duration) {
        if (!scope.storedServer()) {
            return;
        }
        Instant started = clock.instant().minus(duration);
        if (outcome.refusedBeforeSending()) {
            refused.computeIfAbsent(new Minute(scope.serverName(), started.truncatedTo(ChronoUnit.MINUTES),
                    outcome.logName()), key -> new LongAdder()).increment();
            return;
        }
        try {
            calls.insert(new CallRecord(scope.serverName(), scope.requestId(), started, tool.name(),
                    tool.descriptor().method().wireName(), outcome.logName(), upstreamStatus, duration.toMillis(),
                    scope.caller().map(Caller::subject), scope.caller().flatMap(Caller::email)));
        } catch (StoreException e) {
            LOGGER.warning("tool call request=" + scope.requestId() + " was not recorded: " + e.getMessage());
        }
    }

    /** Adds the refused calls counted since the last flush to the store. */
    public void flush() {
        // Minutes long past leave the map; a call still counting into one then is the rare loss.
        Instant past = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(2));
        List<RefusedCalls> counts = new ArrayList<>();
        for (Map.Entry<Minute, LongAdder> entry : List.copyOf(refused.entrySet())) {
            Minute key = entry.getKey();
            if (key.minute().isBefore(past)) {
                refused.remove(key);
            }
            long sum = entry.getValue().sumThenReset();
            if (sum > 0) {
                counts.add(new RefusedCalls(key.serverId(), key.minute(), key.outcome(), sum));
            }
        }
        try {
            refusedCalls.add(counts);
        } catch (StoreException e) {
            LOGGER.warning("counts of " + counts.stream().mapToLong(RefusedCalls::calls).sum()
                    + " refused tool call(s) were not recorded: " + e.getMessage());
        } catch (RuntimeException e) {
            LOGGER.warning("counts of refused tool calls were not recorded: " + e.getClass().getName());
        }
    }

    /** Stops the periodic flush and adds what is left. */
    @Override
    public void close() {
        flusher.shutdownNow();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}

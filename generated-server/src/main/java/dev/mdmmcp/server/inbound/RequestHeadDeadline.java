package dev.mdmmcp.server.inbound;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Closes a connection that sent a request line but not its headers within the deadline (a
 * slow-headers attack would otherwise hold it, and a descriptor, for ever). Helidon's own idle
 * timeout, set to the same deadline, covers connections that have not even sent a request line
 * (new ones, or idle between requests): Helidon interrupts those, but not one reading headers.
 */
public final class RequestHeadDeadline implements Http1ConnectionListener, AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(RequestHeadDeadline.class.getName());

    private final long deadlineNanos;
    private final Map<ConnectionContext, Long> started = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mdm-mcp-request-head-deadline");
        thread.setDaemon(true);
        return thread;
    });

    public RequestHeadDeadline(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
        sweeper.scheduleWithFixedDelay(this::closeLate, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        started.put(ctx, System.nanoTime());
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        started.remove(ctx);
    }

    private void closeLate() {
        long now = System.nanoTime();
        started.forEach((ctx, since) -> {
            if (now - since > deadlineNanos && started.remove(ctx, since)) {
                LOGGER.fine("closing a connection that sent no complete request head within the deadline");
                try {
                    ctx.serverSocket().close();
                } catch (RuntimeException e) {
                    // Already closed by the client or the server: nothing left to do.
                }
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        started.clear();
    }
}

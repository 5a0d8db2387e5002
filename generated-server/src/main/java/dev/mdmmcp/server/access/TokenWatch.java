package dev.mdmmcp.server.access;

import dev.mdmmcp.server.store.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Checks every {@code period} that a token still names a server, and runs {@code whenGone} once
 * it does not (revoked or expired). A long-lived session (stdio) resolves its server once, so
 * this is what ends it within a period of a revocation. While the store cannot be asked the
 * session goes on: an outage is not a revocation.
 */
public final class TokenWatch implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger(TokenWatch.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "token-watch");
        thread.setDaemon(true);
        return thread;
    });

    private TokenWatch() {
    }

    public static TokenWatch start(ServerLookup lookup, String token, Duration period, Runnable whenGone) {
        TokenWatch watch = new TokenWatch();
        watch.timer.scheduleWithFixedDelay(() -> {
            try {
                if (lookup.find(token).isEmpty()) {
                    LOGGER.warning("the MCP server of this session was revoked or has expired: ending the session");
                    whenGone.run();
                    watch.timer.shutdown();
                }
            } catch (StoreUnavailableException e) {
                LOGGER.warning("the store cannot be asked whether this session's server is still valid; checking again"
                        + " in " + period.toSeconds() + " s");
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

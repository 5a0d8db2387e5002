package dev.mdmmcp.server.fault;

import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.server.result.NoResponseCause;
import dev.mdmmcp.server.upstream.UpstreamIoException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether a call's request is sent a second time, once at most, after a short random pause: only
 * for reads (list and get tools), when a gateway answered 502, 503 or 504 or the connection broke,
 * which are usually passing faults of one backend or one connection. Never after a 429 (the
 * budget handles it), never after a timeout (it would double the wait), and never for writes: a
 * write whose outcome is unknown must be checked, not repeated.
 *
 * <p>Java's HTTP client itself sends a GET a second time, at once, when its connection closes
 * before the answer begins; a broken connection of a GET is therefore not retried here as well.
 */
public enum ReadRetry {

    /** Writes. */
    NEVER,
    /** GET reads: gateway errors; Java's client covers connections closed before the answer. */
    GATEWAY_ERRORS,
    /** Reads sent as POST (search and report endpoints): gateway errors and broken connections. */
    GATEWAY_ERRORS_AND_BROKEN_CONNECTIONS;

    private static final int MIN_PAUSE_MILLIS = 100;
    private static final int MAX_PAUSE_MILLIS = 300;

    public static ReadRetry forCall(boolean read, HttpVerb verb) {
        if (!read) {
            return NEVER;
        }
        return verb == HttpVerb.GET ? GATEWAY_ERRORS : GATEWAY_ERRORS_AND_BROKEN_CONNECTIONS;
    }

    public boolean retries(int status) {
        return this != NEVER && (status == 502 || status == 503 || status == 504);
    }

    public boolean retries(UpstreamIoException e) {
        return this == GATEWAY_ERRORS_AND_BROKEN_CONNECTIONS && e.kind() == NoResponseCause.Kind.BROKEN;
    }

    /** The jitter keeps callers that failed together from retrying together. */
    public static void pause() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(MIN_PAUSE_MILLIS, MAX_PAUSE_MILLIS + 1));
    }
}

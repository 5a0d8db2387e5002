package dev.mdmmcp.simulator.http;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's request budget as fixed windows (e.g. 50 per second and 10,000 per hour): a request
 * is admitted only when every window has room, and then counts against all of them. Windows
 * start on whole seconds of the clock, as an API gateway's counters do.
 */
public final class RateLimiter {

    /** One budget: at most {@code limit} requests per {@code seconds}; {@code name} labels its headers. */
    public record Window(String name, int limit, long seconds) {
    }

    /** A window after a request: what is left and in how many seconds it refills. */
    public record WindowState(Window window, long remaining, long resetSeconds) {
    }

    /**
     * @param admitted whether the request may proceed
     * @param windows the state of every window after this request
     * @param retryAfterSeconds when refused: seconds until every exhausted window has refilled
     */
    public record Decision(boolean admitted, List<WindowState> windows, long retryAfterSeconds) {

        /** The window closest to running out: the one a client should pace itself by. */
        public WindowState tightest() {
            WindowState tightest = windows.getFirst();
            for (WindowState state : windows) {
                if (state.remaining() < tightest.remaining()) {
                    tightest = state;
                }
            }
            return tightest;
        }
    }

    private final List<Window> windows;
    private final Clock clock;
    private final long[] started;
    private final int[] used;

    public RateLimiter(List<Window> windows, Clock clock) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a rate limiter needs at least one window");
        }
        this.windows = List.copyOf(windows);
        this.clock = clock;
        this.started = new long[windows.size()];
        this.used = new int[windows.size()];
    }

    public synchronized Decision acquire() {
        long now = clock.millis();
        boolean admitted = true;
        for (int i = 0; i < windows.size(); i++) {
            long length = windows.get(i).seconds() * 1000;
            long start = now - Math.floorMod(now, length);
            if (start != started[i]) {
                started[i] = start;
                used[i] = 0;
            }
            if (used[i] >= windows.get(i).limit()) {
                admitted = false;
            }
        }
        List<WindowState> states = new ArrayList<>(windows.size());
        long retryAfter = 0;
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            if (admitted) {
                used[i]++;
            }
            long reset = Math.max(1, (started[i] + window.seconds() * 1000 - now + 999) / 1000);
            long remaining = Math.max(0, window.limit() - used[i]);
            if (!admitted && remaining == 0) {
                retryAfter = Math.max(retryAfter, reset);
            }
            states.add(new WindowState(window, remaining, reset));
        }
        return new Decision(admitted, List.copyOf(states), retryAfter);
    }
}

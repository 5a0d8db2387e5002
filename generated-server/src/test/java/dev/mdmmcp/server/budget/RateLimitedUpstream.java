package dev.mdmmcp.server.budget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Kandji-like tenant on 127.0.0.1 that enforces its published limits the strict way, over
 * sliding windows: at most {@code perSecond} requests in any second and {@code perHour} in any
 * hour, a 429 beyond with {@code Retry-After} saying when the full window lets a request through. Every {@code GET /api/v1/devices/<id>} that is let
 * through answers {@code {"device_id": "<id>"}}. It counts what it served and refused.
 */
final class RateLimitedUpstream implements AutoCloseable {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final long HOUR = Duration.ofHours(1).toNanos();

    private final int perSecond;
    private final int perHour;
    private final HttpServer server;
    // Platform threads: a vendor does not share the server's carrier threads, so arrivals are timed as they come.
    private final ExecutorService executor = Executors.newFixedThreadPool(32);
    private final Deque<Long> lastSecond = new ArrayDeque<>();
    private final Deque<Long> lastHour = new ArrayDeque<>();
    private int served;
    private int refused;
    private int inFlight;
    private int mostInFlight;
    private volatile Duration answerAfter = Duration.ZERO;

    RateLimitedUpstream(int perSecond, int perHour) throws IOException {
        this.perSecond = perSecond;
        this.perHour = perHour;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/api/v1/devices/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests the tenant's other integrations (or this account, earlier) made {@code ago}. */
    synchronized void usedEarlier(int requests, Duration ago) {
        long at = System.nanoTime() - ago.toNanos();
        for (int i = 0; i < requests; i++) {
            lastHour.addLast(at);
        }
    }

    /** Each answer comes this much later, to keep requests in flight. */
    void answerAfter(Duration delay) {
        this.answerAfter = delay;
    }

    /** The most requests in flight at once. */
    synchronized int mostInFlight() {
        return mostInFlight;
    }

    synchronized int served() {
        return served;
    }

    synchronized int refused() {
        return refused;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            inFlight(+1);
            long retryAfterSeconds = admit(System.nanoTime());
            boolean allowed = retryAfterSeconds == 0;
            try {
                Thread.sleep(answerAfter);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight(-1);
            }
            String id = exchange.getRequestURI().getPath().substring("/api/v1/devices/".length());
            byte[] body = (allowed ? "{\"device_id\":\"" + id + "\"}" : "{\"detail\":\"Request was throttled.\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (!allowed) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
            }
            exchange.sendResponseHeaders(allowed ? 200 : 429, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized void inFlight(int change) {
        inFlight += change;
        mostInFlight = Math.max(mostInFlight, inFlight);
    }

    /** 0 when the request is let through, else the seconds until the window that is full lets one through. */
    private synchronized long admit(long now) {
        while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= SECOND) {
            lastSecond.removeFirst();
        }
        while (!lastHour.isEmpty() && now - lastHour.peekFirst() >= HOUR) {
            lastHour.removeFirst();
        }
        if (lastHour.size() >= perHour) {
            refused++;
            return Math.max(1, (lastHour.peekFirst() + HOUR - now + SECOND - 1) / SECOND);
        }
        if (lastSecond.size() >= perSecond) {
            refused++;
            return 1;
        }
        lastSecond.addLast(now);
        lastHour.addLast(now);
        served++;
        return 0;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

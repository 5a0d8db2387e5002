package dev.mdmmcp.server.inbound;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Notices when a listener stops although nobody stopped the server. Helidon ends a listener whose
 * accept fails (say, out of file descriptors): it closes the server socket and leaves the process
 * running, deaf (and its own stop never completes, so no life-cycle callback says so). So every
 * {@link #PERIOD_SECONDS} seconds each listener is probed with a connection to its own address: a
 * refused connection means its socket is closed, and {@code onFailure} gets its name (to end the
 * process, so that a supervisor restarts it). A probe that cannot even start (no descriptor left)
 * or waits in a full accept queue proves nothing and is not counted.
 */
public final class ListenerWatch implements AutoCloseable {

    static final int PERIOD_SECONDS = 2;
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final Consumer<String> onFailure;
    private final Map<String, InetSocketAddress> listeners = new ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mdm-mcp-listener-watch");
        thread.setDaemon(true);
        return thread;
    });

    public ListenerWatch(Consumer<String> onFailure) {
        this.onFailure = onFailure;
        prober.scheduleWithFixedDelay(this::probe, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** Probes the listener {@code name} bound to {@code host} (a wildcard address is probed on loopback) and {@code port}. */
    public void watch(String name, String host, int port) {
        listeners.put(name, new InetSocketAddress(probeAddress(host), port));
    }

    /** Whether every listener still accepts connections (for readiness). */
    public boolean listening() {
        return !failed.get();
    }

    private void probe() {
        listeners.forEach((name, address) -> {
            if (stopping.get() || failed.get()) {
                return;
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            } catch (ConnectException refused) {
                if (!stopping.get() && failed.compareAndSet(false, true)) {
                    onFailure.accept(name);
                }
            } catch (IOException | RuntimeException inconclusive) {
                // No descriptor for the probe, or a full accept queue: the listener may well be alive.
            }
        });
    }

    private static InetAddress probeAddress(String host) {
        try {
            InetAddress address = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            return address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    @Override
    public void close() {
        stopping.set(true);
        prober.shutdownNow();
    }
}

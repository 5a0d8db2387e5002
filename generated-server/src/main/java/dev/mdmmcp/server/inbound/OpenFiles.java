package dev.mdmmcp.server.inbound;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.OptionalLong;

/**
 * The process's open-file limit, which bounds how many connections it can hold. On Linux the JVM
 * itself raises the soft limit to the hard limit at start ({@code -XX:+MaxFDLimit}, on by
 * default), so this reads the limit in effect rather than raising it. By default the server
 * holds at most three quarters of it as connections, keeping the rest for its own files, the
 * store and upstream connections: a flood then waits in the kernel's accept queue instead of
 * exhausting the descriptors (which would stop the listener).
 */
public final class OpenFiles {

    /** Connections never exceed this by default, however high the limit. */
    public static final int MAX_DEFAULT_CONNECTIONS = 10_000;
    /** Without a known limit (not Unix), the default assumes this one. */
    public static final long ASSUMED_LIMIT = 1024;

    private OpenFiles() {
    }

    /** The open-file limit of this process, when the platform tells. */
    public static OptionalLong limit() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof UnixOperatingSystemMXBean unix && unix.getMaxFileDescriptorCount() > 0) {
            return OptionalLong.of(unix.getMaxFileDescriptorCount());
        }
        return OptionalLong.empty();
    }

    /** The default connection limit for an open-file limit. */
    public static int defaultMaxConnections(long openFileLimit) {
        return (int) Math.max(16, Math.min(MAX_DEFAULT_CONNECTIONS, openFileLimit * 3 / 4));
    }

    public static int defaultMaxConnections() {
        return defaultMaxConnections(limit().orElse(ASSUMED_LIMIT));
    }
}

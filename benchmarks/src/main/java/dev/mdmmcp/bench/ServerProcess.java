package dev.mdmmcp.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The mdm-mcp server as its own process, started the way users start it ({@code bin/mdm-mcp
 * serve}, which execs the JVM with the launcher's default options), so its memory and start
 * time are real.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final long startedNanos;

    private ServerProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
    }

    static ServerProcess start(Path root, Path config, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(root.resolve("bin/mdm-mcp").toString(), "serve", "--config",
                config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long started = System.nanoTime();
        return new ServerProcess(builder.start(), started);
    }

    /** Polls tools/list until it answers; returns the time from process start to that answer. */
    Duration untilFirstToolsList(URI mcpUrl, Duration timeout) throws Exception {
        McpHttp client = new McpHttp(mcpUrl);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                McpHttp.toolCount(client.request("tools/list", null));
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue() + "; see its log");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no tools/list answer within " + timeout);
                }
                Thread.sleep(5);
            }
        }
    }

    /** Resident memory now and at its peak, in MiB, from /proc. */
    Memory memory() throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return new Memory(rss / 1024.0, peak / 1024.0);
    }

    record Memory(double rssMiB, double peakMiB) {
    }

    /** CPU time the process has used so far (user + system), in nanoseconds. */
    long cpuNanos() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000_000L / CLOCK_TICKS;
    }

    /** USER_HZ of /proc: 100 on Linux. */
    private static final long CLOCK_TICKS = 100;

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        // Generous: a first run writes its class-data archive while it exits.
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

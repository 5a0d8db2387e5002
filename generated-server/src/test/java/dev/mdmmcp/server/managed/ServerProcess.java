package dev.mdmmcp.server.managed;

import dev.mdmmcp.server.TestHttp;
import dev.mdmmcp.server.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mdm-mcp} in a process of its own, started like {@code java -jar mdm-mcp-server.jar}
 * (the main class on this test's class path), with its standard output and error, the JUL log
 * of the run, captured to a file.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("mdm-mcp serves .* at http://127\\.0\\.0\\.1:(\\d+)/mcp/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Runs {@code serve} in {@code workingDirectory} with {@code environment} and waits until it listens. */
    public static ServerProcess serve(Path workingDirectory, Map<String, String> environment) {
        return serve(workingDirectory, environment, List.of());
    }

    /**
     * Like {@link #serve(Path, Map)}, in a shell that first sets the process's open-file limit (soft
     * and hard) to {@code openFiles}, as {@code ulimit -n} does.
     */
    public static ServerProcess serveWithOpenFileLimit(Path workingDirectory, Map<String, String> environment, int openFiles) {
        return serve(workingDirectory, environment, List.of("bash", "-c", "ulimit -n " + openFiles + " && exec \"$@\"", "bash"));
    }

    private static ServerProcess serve(Path workingDirectory, Map<String, String> environment, List<String> prefix) {
        Path log = workingDirectory.resolve("serve-" + System.nanoTime() + ".log");
        Process process = start(workingDirectory, environment, log, prefix, "serve");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(read(log));
            if (listening.find()) {
                return new ServerProcess(process, log, Integer.parseInt(listening.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("mdm-mcp serve exited with " + process.exitValue() + ":\n" + read(log));
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("mdm-mcp serve did not listen within " + START_TIMEOUT + ":\n" + read(log));
    }

    /** Runs a command to its end; returns its exit code, its output is in {@code log}. */
    static int run(Path workingDirectory, Map<String, String> environment, Path log, String... arguments) {
        Process process = start(workingDirectory, environment, log, List.of(), arguments);
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("mdm-mcp " + String.join(" ", arguments) + " did not end:\n" + read(log));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command line of {@code mdm-mcp <arguments>}: the main class on this test's class path. */
    static List<String> command(String... arguments) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-Xss512k", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                // The shipped logging configuration: Helidon would pick the tests' quiet one from the class path.
                "-Djava.util.logging.config.file=" + shippedLoggingConfiguration(),
                "-cp", classPath, "dev.mdmmcp.server.cli.Main"));
        command.addAll(List.of(arguments));
        return command;
    }

    private static Process start(Path workingDirectory, Map<String, String> environment, Path log, List<String> prefix,
            String... arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(command(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MDM_MCP_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(workingDirectory);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mdm-mcp", e);
        }
    }

    private static String shippedLoggingConfiguration() {
        try {
            return Path.of(ServerProcess.class.getClassLoader().getResource("logging.properties").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Waits up to {@code timeout} for the process to end by itself; its exit code, or empty if it still runs. */
    public OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? OptionalInt.of(process.exitValue())
                    : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The HTTP status of a tools/list to {@code /mcp/<token>}. */
    int mcpStatus(String token) {
        return new TestHttp(baseUrl(), "").mcp(token, TestServer.TOOLS_LIST).statusCode();
    }

    HttpResponse<String> get(String path) {
        return new TestHttp(baseUrl(), "").get(path);
    }

    /** Everything the process wrote so far. */
    public String log() {
        return read(log);
    }

    /** Kills it at once (SIGKILL, as {@code kill -9}): no shutdown hook, no closing of the store. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("mdm-mcp serve did not die of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it as an operator would (SIGTERM), so its shutdown is part of the log. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

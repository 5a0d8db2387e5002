package dev.mdmmcp.it.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One finished external command: exit code and output. Commands get no stdin (as under CI) and
 * are killed at their time limit, so a hanging client fails its test instead of the build.
 *
 * @param exitCode the exit code, or -1 when the command was killed at its time limit
 */
record CommandRun(List<String> command, int exitCode, String stdout, String stderr) {

    static CommandRun run(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("mdm-mcp-it-", ".out");
        Path err = Files.createTempFile("mdm-mcp-it-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return new CommandRun(command, finished ? process.exitValue() : -1,
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** For assertion messages: the command, its exit code and the end of its output. */
    String describe() {
        return String.join(" ", command) + "\nexit code " + exitCode + (exitCode == -1 ? " (killed at its time limit)" : "")
                + "\nstdout (end): " + tail(stdout) + "\nstderr (end): " + tail(stderr);
    }

    private static String tail(String text) {
        return text.length() <= 3000 ? text : "..." + text.substring(text.length() - 3000);
    }
}

package dev.mdmmcp.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.demo.Demo;
import dev.mdmmcp.server.demo.DemoOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<Demo> started = new AtomicReference<>();

    private Cli cli() {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), config -> {
                    throw new AssertionError("serve is not under test");
                }, options -> {
                    Demo demo = Demo.start(options);
                    started.set(demo);
                    return demo;
                });
    }

    @Test
    void demoRunsUntilStoppedAndPrintsItsUrls(@TempDir Path dataDirectory) throws Exception {
        Cli cli = cli();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                cli.run("demo", "--devices", "20", "--port", "0", "--data-dir", dataDirectory.toString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (started.get() == null || !out.toString(StandardCharsets.UTF_8).contains("Ctrl-C stops everything")) {
            assertThat(System.nanoTime()).as("demo started within 30 s; stderr: %s", err).isLessThan(deadline);
            Thread.sleep(20);
        }

        started.get().close();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(started.get().servers().get(0).url());
        assertThat(Files.exists(dataDirectory.resolve("demo.json"))).isTrue();
    }

    @Test
    void badDemoOptionsAreUsageErrorsNamingTheOption() {
        assertThat(cli().run("demo", "--devices", "many")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--devices needs a whole number, got 'many'");

        assertThat(cli().run("demo", "--port=70000")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be from 0 to 65535, got 70000");

        assertThat(cli().run("demo", "--seed", "3")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--seed' for demo");
        assertThat(started.get()).isNull();
    }

    @Test
    void aDemoThatCannotStartSaysWhyAndFails() {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), config -> null, options -> {
                    throw new IllegalStateException("outer", new java.net.BindException("Address already in use"));
                });

        assertThat(cli.run("demo", "--port", "8080")).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mdm-mcp: cannot start the demo on 127.0.0.1:8080: Address already in use" + System.lineSeparator());
    }

    @Test
    void theUsageTextDescribesTheDemo() {
        assertThat(Cli.USAGE_TEXT).contains("demo [--devices N] [--port P] [--data-dir D]");
        assertThat(DemoOptions.defaults()).isEqualTo(new DemoOptions(500, 8080, Path.of("data")));
    }
}

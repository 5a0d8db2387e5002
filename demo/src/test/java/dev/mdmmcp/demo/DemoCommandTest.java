package dev.mdmmcp.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.server.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<Demo> started = new AtomicReference<>();

    private DemoCommand command() {
        return new DemoCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                options -> {
                    Demo demo = Demo.start(options);
                    started.set(demo);
                    return demo;
                });
    }

    @Test
    void demoRunsUntilStoppedAndPrintsItsUrls(@TempDir Path dataDirectory) throws Exception {
        DemoCommand command = command();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                command.run(List.of("--devices", "20", "--port", "0", "--data-dir", dataDirectory.toString())));
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
        assertThat(command().run(List.of("--devices", "many"))).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("mdm-mcp: --devices needs a whole number, got 'many'" + System.lineSeparator() + DemoCommand.USAGE_TEXT);

        assertThat(command().run(List.of("--port=70000"))).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mdm-mcp: --port must be from 0 to 65535, got 70000");

        assertThat(command().run(List.of("--seed", "3"))).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mdm-mcp: unknown option '--seed' for demo");
        assertThat(started.get()).isNull();
    }

    @Test
    void aDemoThatCannotStartSaysWhyAndFails() {
        DemoCommand command = new DemoCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), options -> {
                    throw new IllegalStateException("outer", new java.net.BindException("Address already in use"));
                });

        assertThat(command.run(List.of("--port", "8080"))).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("mdm-mcp: cannot start the demo on 127.0.0.1:8080: Address already in use" + System.lineSeparator());
    }

    @Test
    void helpPrintsTheUsageTextWhichDescribesTheDemoAndItsDefaults() {
        assertThat(command().run(List.of("--help"))).isEqualTo(Cli.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(DemoCommand.USAGE_TEXT);
        assertThat(DemoCommand.USAGE_TEXT).contains("bin/mdm-mcp demo [--devices N] [--port P] [--data-dir D]")
                .contains("default 500").contains("default 8080").contains("default data/");
        assertThat(DemoOptions.defaults()).isEqualTo(new DemoOptions(500, 8080, Path.of("data")));
    }
}

package dev.mdmmcp.it.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mdmmcp.it.support.ServerJar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's jar carries no simulator; the demo's own jar runs the simulators behind the server. */
class PackagingTest {

    @Test
    void theServerJarItsClassPathAndItsLibrariesCarryNoSimulatorAndNoDemo() throws IOException {
        Path jar = ServerJar.serverJar();
        try (JarFile server = new JarFile(jar.toFile())) {
            assertThat(server.stream().map(entry -> entry.getName()))
                    .isNotEmpty()
                    .noneMatch(name -> name.startsWith("dev/mdmmcp/simulator/") || name.startsWith("dev/mdmmcp/demo/"));
            assertThat(server.getManifest().getMainAttributes().getValue("Class-Path"))
                    .contains("libs/tool-runtime-").doesNotContain("simulator").doesNotContain("demo");
        }
        try (Stream<Path> libraries = Files.list(jar.resolveSibling("libs"))) {
            assertThat(libraries.map(library -> library.getFileName().toString()))
                    .contains("tool-runtime-0.1.0-SNAPSHOT.jar")
                    .noneMatch(name -> name.contains("simulator") || name.contains("demo") || name.contains("test-support"));
        }
    }

    @Test
    void theDemoJarStartsBothSimulatedTenantsBehindFourMcpServersAndStopsOnSigterm(@TempDir Path data) throws Exception {
        Process demo = new ProcessBuilder(ServerJar.demoCommand("--devices", "5", "--port", "0", "--data-dir", data.toString()))
                .redirectError(data.resolve("stderr.txt").toFile()).start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("Ctrl-C stops everything")) {
                printed.add(line);
            }
            assertThat(line).as("the demo's last line; stderr: %s", Files.readString(data.resolve("stderr.txt")))
                    .isEqualTo("Wrote " + data.resolve("demo.json") + ". Ctrl-C stops everything.");
            demo.destroy();
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        } finally {
            demo.destroyForcibly();
        }
        assertThat(printed).anyMatch(line -> line.startsWith("  simulated kandji    API  http://127.0.0.1:"))
                .anyMatch(line -> line.startsWith("  simulated ninjaone  API  http://127.0.0.1:"));
        assertThat(printed.stream().filter(line -> line.matches("  [a-z-]+ +read(, write)? +http://127\\.0\\.0\\.1:\\d+/mcp/\\S{43}")))
                .hasSize(4);
        assertThat(data.resolve("demo.json")).exists();
    }
}

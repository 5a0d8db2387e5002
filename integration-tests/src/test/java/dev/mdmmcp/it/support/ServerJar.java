package dev.mdmmcp.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The packaged server, {@code generated-server/target/mdm-mcp-server.jar}, as a command line. */
public final class ServerJar {

    private ServerJar() {
    }

    /** {@code java -jar mdm-mcp-server.jar <arguments>} with the JDK running the tests. */
    public static List<String> command(String... arguments) {
        Path jar = Path.of(System.getProperty("mdm-mcp.server.jar", "../generated-server/target/mdm-mcp-server.jar"));
        assertThat(jar).as("the server jar; run 'bin/mvn verify' (it packages generated-server before these tests)")
                .exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx128m", "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Writes {@code yaml} as a configuration file in {@code directory}. */
    public static Path configFile(Path directory, String yaml) throws java.io.IOException {
        return Files.writeString(directory.resolve("mdm-mcp.yaml"), yaml);
    }
}

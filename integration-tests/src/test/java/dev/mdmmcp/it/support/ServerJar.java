package dev.mdmmcp.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged server, {@code generated-server/target/mdm-mcp-server.jar}, and the packaged demo,
 * {@code demo/target/mdm-mcp-demo.jar}, as command lines.
 */
public final class ServerJar {

    private ServerJar() {
    }

    /** {@code java -jar mdm-mcp-server.jar <arguments>} with the JDK running the tests. */
    public static List<String> command(String... arguments) {
        return java(serverJar(), arguments);
    }

    /** {@code java -jar mdm-mcp-demo.jar <arguments>}: what {@code bin/mdm-mcp demo <arguments>} runs. */
    public static List<String> demoCommand(String... arguments) {
        return java(jar("mdm-mcp.demo.jar", "../demo/target/mdm-mcp-demo.jar"), arguments);
    }

    public static Path serverJar() {
        return jar("mdm-mcp.server.jar", "../generated-server/target/mdm-mcp-server.jar");
    }

    private static Path jar(String property, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback));
        assertThat(jar).as("%s; run 'bin/mvn verify' (it packages the jars before these tests)", jar).exists();
        return jar;
    }

    private static List<String> java(Path jar, String... arguments) {
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

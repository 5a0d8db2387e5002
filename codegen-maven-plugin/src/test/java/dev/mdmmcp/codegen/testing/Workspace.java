package dev.mdmmcp.codegen.testing;

import dev.mdmmcp.codegen.GenerationLog;
import dev.mdmmcp.codegen.Generator;
import dev.mdmmcp.codegen.GeneratorSettings;
import dev.mdmmcp.codegen.VendorOutcome;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A throw-away project for one test: a specs folder with copies of fixture vendors (which the
 * test may edit), and the generator's output folders beside it.
 */
public final class Workspace {

    private final Path root;
    private final List<String> log = new ArrayList<>();

    public Workspace(Path root) {
        this.root = root;
    }

    public Path specs() {
        return root.resolve("specs");
    }

    public Path sources() {
        return root.resolve("target/generated-sources/mdm-mcp");
    }

    public Path resources() {
        return root.resolve("target/generated-resources/mdm-mcp");
    }

    public Path work() {
        return root.resolve("target/mdm-mcp-codegen");
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    /** Copies {@code src/test/resources/fixtures/<fixture>} to {@code specs/<vendor>}. */
    public Workspace withFixture(String fixture) {
        return withFixture(fixture, fixture);
    }

    public Workspace withFixture(String fixture, String vendor) {
        try {
            Path source = Path.of(Workspace.class.getResource("/fixtures/" + fixture).toURI());
            Path target = specs().resolve(vendor);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a vendor folder (with its sub-folders) to {@code specs/<vendor>}. */
    public Workspace withFolder(Path source, String vendor) {
        Path target = specs().resolve(vendor);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or replaces) a vendor file, creating its folder. */
    public Workspace write(String vendor, String file, String text) {
        Path path = specs().resolve(vendor).resolve(file);
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(path, text);
        return this;
    }

    /** Deletes a vendor file. */
    public Workspace delete(String vendor, String file) {
        try {
            Files.delete(specs().resolve(vendor).resolve(file));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a vendor file, failing when the text is not there (so edits cannot silently miss). */
    public Workspace edit(String vendor, String file, String from, String to) {
        Path path = specs().resolve(vendor).resolve(file);
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain: " + from);
        }
        write(path, text.replace(from, to));
        return this;
    }

    /** Appends text to a vendor file. */
    public Workspace append(String vendor, String file, String text) {
        Path path = specs().resolve(vendor).resolve(file);
        write(path, read(path) + text);
        return this;
    }

    public GeneratorSettings settings() {
        return settings(List.of());
    }

    /** Settings that accept tool surface changes: most tests change a vendor and look at the output. */
    public GeneratorSettings settings(List<String> vendors) {
        return new GeneratorSettings(specs(), vendors, GeneratorSettings.DEFAULT_BASE_PACKAGE, sources(), resources(),
                work(), root, "test", true);
    }

    public List<VendorOutcome> generate() throws SpecProblemsException, IOException {
        return generate(settings());
    }

    public List<VendorOutcome> generate(GeneratorSettings settings) throws SpecProblemsException, IOException {
        GenerationLog recording = new GenerationLog() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void warn(String message) {
                log.add("WARN " + message);
            }
        };
        return new Generator(settings, recording).run();
    }

    /** The generated Java source of {@code dev.mdmmcp.vendors.<vendor>.<simpleName>}. */
    public String source(String vendor, String simpleName) {
        return read(sources().resolve("dev/mdmmcp/vendors/" + vendor + "/" + simpleName + ".java"));
    }

    public String resource(String relativePath) {
        return read(resources().resolve(relativePath));
    }

    /** Every file below {@code directory}, by relative path, with its bytes. */
    public static Map<String, byte[]> tree(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.mdmmcp.codegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful run generated for one vendor, kept in
 * {@code <workDirectory>/<vendor>.state}: its fingerprint, its catalog class and the files it
 * wrote. It tells the next run whether anything needs doing and which files to clean up.
 *
 * @param catalogClass the catalog's fully qualified name
 * @param sources source paths relative to the output directory
 * @param resources resource paths relative to the resources directory
 */
public record GenerationState(String vendor, String fingerprint, String catalogClass, List<String> sources,
        List<String> resources) {

    private static final String SUFFIX = ".state";

    public GenerationState {
        sources = List.copyOf(sources);
        resources = List.copyOf(resources);
    }

    public static Path file(Path workDirectory, String vendor) {
        return workDirectory.resolve(vendor + SUFFIX);
    }

    /** The vendors with a state file in {@code workDirectory}. */
    public static List<String> vendorsIn(Path workDirectory) throws IOException {
        if (!Files.isDirectory(workDirectory)) {
            return List.of();
        }
        try (var files = Files.list(workDirectory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        }
    }

    public static Optional<GenerationState> read(Path workDirectory, String vendor) throws IOException {
        Path file = file(workDirectory, vendor);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String fingerprint = null;
        String catalog = null;
        List<String> sources = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String value = line.substring(equals + 1);
            switch (line.substring(0, equals)) {
                case "fingerprint" -> fingerprint = value;
                case "catalog" -> catalog = value;
                case "source" -> sources.add(value);
                case "resource" -> resources.add(value);
                default -> {
                }
            }
        }
        if (fingerprint == null || catalog == null) {
            return Optional.empty();
        }
        return Optional.of(new GenerationState(vendor, fingerprint, catalog, sources, resources));
    }

    public void write(Path workDirectory) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("fingerprint=").append(fingerprint).append('\n')
                .append("catalog=").append(catalogClass).append('\n');
        sources.forEach(s -> text.append("source=").append(s).append('\n'));
        resources.forEach(r -> text.append("resource=").append(r).append('\n'));
        Files.createDirectories(workDirectory);
        Files.writeString(file(workDirectory, vendor), text.toString(), StandardCharsets.UTF_8);
    }

    /** Whether every file this state lists is still there. */
    public boolean outputsExist(Path outputDirectory, Path resourcesDirectory) {
        return sources.stream().allMatch(s -> Files.isRegularFile(outputDirectory.resolve(s)))
                && resources.stream().allMatch(r -> Files.isRegularFile(resourcesDirectory.resolve(r)));
    }
}

package dev.mdmmcp.codegen.spec;

import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a vendor folder keeps its API description: one document ({@code openapi.yaml},
 * {@code openapi.yml} or {@code openapi.json}) or several in {@code openapi/}, and an optional
 * {@code overlay.yaml} of corrections.
 *
 * @param directory the vendor folder
 * @param documents the documents, in file-name order
 * @param overlay the overlay, when there is one
 */
public record SpecSources(Path directory, List<Path> documents, Optional<Path> overlay) {

    public static final String DOCUMENTS_FOLDER = "openapi";
    public static final String OVERLAY_FILE = "overlay.yaml";
    private static final List<String> SINGLE_FILES = List.of("openapi.yaml", "openapi.yml", "openapi.json");

    /** The sources of {@code directory}, or empty with the reason in {@code problems}. */
    public static Optional<SpecSources> find(Path directory, String displayDirectory, Problems problems) {
        List<Path> single = SINGLE_FILES.stream().map(directory::resolve).filter(Files::isRegularFile).toList();
        Path folder = directory.resolve(DOCUMENTS_FOLDER);
        List<Path> several = Files.isDirectory(folder) ? documentsIn(folder) : List.of();
        Optional<Path> overlay = Optional.of(directory.resolve(OVERLAY_FILE)).filter(Files::isRegularFile);
        if (single.size() + (Files.isDirectory(folder) ? 1 : 0) > 1) {
            problems.add(new Problem(displayDirectory, "", "has " + String.join(" and ", Stream.concat(
                    single.stream().map(file -> file.getFileName().toString()),
                    Files.isDirectory(folder) ? Stream.of(DOCUMENTS_FOLDER + "/") : Stream.empty()).toList())
                    + "; keep the API description in one of them"));
            return Optional.empty();
        }
        if (!single.isEmpty()) {
            return Optional.of(new SpecSources(directory, single, overlay));
        }
        if (Files.isDirectory(folder) && several.isEmpty()) {
            problems.add(new Problem(displayDirectory + "/" + DOCUMENTS_FOLDER + "/", "",
                    "holds no .yaml, .yml or .json document"));
            return Optional.empty();
        }
        if (several.isEmpty()) {
            problems.add(new Problem(displayDirectory + "/openapi.yaml", "", "missing: every vendor folder needs the"
                    + " OpenAPI description of its endpoints (openapi.yaml, openapi.json, or documents in openapi/)"));
            return Optional.empty();
        }
        return Optional.of(new SpecSources(directory, several, overlay));
    }

    private static List<Path> documentsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(SpecSources::isDocument).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}


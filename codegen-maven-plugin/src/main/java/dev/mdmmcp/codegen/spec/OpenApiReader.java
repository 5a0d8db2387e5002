package dev.mdmmcp.codegen.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.codegen.overlay.OverlayApplier;
import dev.mdmmcp.codegen.overlay.OverlayFile;
import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * Reads a vendor's API description as published, with the OpenAPI Generator toolchain: every
 * document (OpenAPI 3.0, 3.1 or Swagger 2.0, YAML or JSON) through swagger-parser, merged under
 * its base path, corrected by the vendor's overlay, then parsed once more as one document and
 * normalised (OpenAPI 3.1 type lists become 3.0 types, {@code oneOf [X, null]} a nullable X...),
 * so {@code $ref}s are understood the way the rest of the OpenAPI world understands them.
 */
public final class OpenApiReader {

    /**
     * Normaliser rules: 3.1 type lists become 3.0 types, {@code oneOf [X, null]} becomes a nullable
     * X, and {@code anyOf [string, enum]} a plain string.
     */
    private static final Map<String, String> NORMALIZER_RULES = Map.of(
            "NORMALIZE_31SPEC", "true",
            "SIMPLIFY_ONEOF_ANYOF", "true",
            "SIMPLIFY_BOOLEAN_ENUM", "true",
            "SIMPLIFY_ANYOF_STRING_AND_ENUM_STRING", "true");

    private final DocumentReader documents = new DocumentReader();
    private final StrictYamlReader yaml = new StrictYamlReader();
    private final List<String> skippedActions;

    /** A reader for which an overlay action that fails is a problem. */
    public OpenApiReader() {
        this.skippedActions = null;
    }

    /**
     * A reader that applies what it can of an overlay and notes each action it had to skip in
     * {@code skippedActions} instead of failing: the drift report, where an action that no longer
     * applies is news about the vendor, not a broken build.
     */
    public OpenApiReader(List<String> skippedActions) {
        this.skippedActions = skippedActions;
    }

    /**
     * The vendor's description as one document, or empty with the reasons in {@code problems}.
     *
     * @param sources the documents and the overlay
     * @param basePaths per document file name, the prefix of its paths (none: "")
     * @param displayDirectory how problems name the vendor folder, e.g. {@code specs/kandji}
     */
    public Optional<OpenApiDocument> read(SpecSources sources, Map<String, String> basePaths, String displayDirectory,
            Problems problems) {
        Set<String> messages = new LinkedHashSet<>();
        List<DocumentMerger.Part> parts = new ArrayList<>();
        for (Path file : sources.documents()) {
            String name = displayDirectory + "/" + sources.directory().relativize(file).toString().replace('\\', '/');
            List<String> failures = new ArrayList<>();
            documents.read(file, failures).ifPresent(document -> {
                messages.addAll(document.messages());
                parts.add(new DocumentMerger.Part(name, basePaths.getOrDefault(file.getFileName().toString(), ""),
                        document.api()));
            });
            failures.forEach(failure -> problems.add(new Problem(name, "", failure)));
        }
        if (parts.size() < sources.documents().size()) {
            return Optional.empty();
        }
        List<String> conflicts = new ArrayList<>();
        OpenAPI merged = new DocumentMerger().merge(parts, conflicts);
        conflicts.forEach(conflict -> problems.add(new Problem(displayDirectory + "/" + SpecSources.DOCUMENTS_FOLDER + "/", "", conflict)));
        if (!conflicts.isEmpty()) {
            return Optional.empty();
        }
        ObjectMapper mapper = merged.getSpecVersion() == SpecVersion.V31 ? Json31.mapper() : Json.mapper();
        ObjectNode tree = mapper.valueToTree(merged);
        if (sources.overlay().isPresent() && !applyOverlay(sources.overlay().get(), displayDirectory, tree, problems)) {
            return Optional.empty();
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIV3Parser().readContents(mapper.writeValueAsString(tree), null, options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed description is always writable as JSON", e);
        }
        if (result.getMessages() != null) {
            messages.addAll(result.getMessages());
        }
        OpenAPI api = result.getOpenAPI();
        String name = parts.size() == 1 ? parts.getFirst().name() : displayDirectory + "/" + SpecSources.DOCUMENTS_FOLDER + "/";
        if (api == null || api.getPaths() == null) {
            problems.add(new Problem(name, "", "cannot be read: " + (messages.isEmpty()
                    ? "not an OpenAPI document with paths" : String.join("; ", messages))));
            return Optional.empty();
        }
        new Normalizer(api).run();
        return Optional.of(new OpenApiDocument(api, List.copyOf(messages)));
    }

    /**
     * One document as published, without base path or overlay (the drift report's newer
     * descriptions, the tests' inline specs); empty with the reasons in {@code failures}.
     */
    public Optional<OpenApiDocument> read(Path file, List<String> failures) {
        Problems problems = new Problems();
        Path folder = file.toAbsolutePath().getParent();
        Optional<OpenApiDocument> document = read(new SpecSources(folder, List.of(file.toAbsolutePath()), Optional.empty()),
                Map.of(), folder.toString(), problems);
        try {
            problems.throwIfAny();
        } catch (SpecProblemsException e) {
            e.problems().forEach(problem -> failures.add(problem.message()));
        }
        return document;
    }

    private boolean applyOverlay(Path file, String displayDirectory, ObjectNode tree, Problems problems) {
        String name = displayDirectory + "/" + file.getFileName();
        StrictYamlReader.Result<OverlayFile> read = yaml.read(file, OverlayFile.class);
        read.unknownKeys().forEach(unknown -> problems.add(new Problem(name, YamlPath.format(unknown.path()), unknown.message())));
        read.failure().ifPresent(failure -> problems.add(new Problem(name, "", failure)));
        if (read.value().isEmpty() || !read.unknownKeys().isEmpty()) {
            return false;
        }
        OverlayFile overlay = read.value().get();
        YamlLines lines = YamlLines.of(file);
        List<OverlayApplier.ActionProblem> failed = new OverlayApplier().apply(overlay, tree);
        for (OverlayApplier.ActionProblem problem : failed) {
            Problem found = new Problem(name, problem.index() < 0 ? "" : actionPlace(overlay, problem.index(), lines),
                    problem.message());
            if (skippedActions != null) {
                skippedActions.add(found.toString());
            } else {
                problems.add(found);
            }
        }
        return skippedActions != null || failed.isEmpty();
    }

    /** {@code action #2 'Add the device schema' (line 14)}. */
    private static String actionPlace(OverlayFile overlay, int index, YamlLines lines) {
        OverlayFile.Action action = overlay.actions().get(index);
        String place = "action #" + (index + 1);
        if (action != null && action.description() != null && !action.description().isBlank()) {
            place += " '" + action.description().strip().lines().findFirst().orElse("") + "'";
        }
        int line = lines.lineOf(List.of("actions", index));
        return line > 0 ? place + " (line " + line + ")" : place;
    }

    /** Opens the normaliser's run, which OpenAPI Generator keeps protected for its own generators. */
    private static final class Normalizer extends OpenAPINormalizer {
        Normalizer(OpenAPI api) {
            super(api, NORMALIZER_RULES);
        }

        void run() {
            normalize();
        }
    }
}

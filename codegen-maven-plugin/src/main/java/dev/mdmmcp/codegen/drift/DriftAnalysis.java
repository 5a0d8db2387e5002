package dev.mdmmcp.codegen.drift;

import dev.mdmmcp.codegen.lock.SurfaceChange;
import dev.mdmmcp.codegen.lock.ToolSurface;
import dev.mdmmcp.codegen.lock.ToolSurfaceDiff;
import dev.mdmmcp.codegen.model.ToolModel;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.model.VendorModelBuilder;
import dev.mdmmcp.codegen.openapi.OperationIndex;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.spec.OpenApiDocument;
import dev.mdmmcp.codegen.spec.OpenApiReader;
import dev.mdmmcp.codegen.spec.SpecSources;
import dev.mdmmcp.codegen.spec.ToolRecord;
import dev.mdmmcp.codegen.spec.ToolsFile;
import dev.mdmmcp.codegen.spec.VendorFolder;
import dev.mdmmcp.codegen.spec.VendorFolderReader;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Compares a newer published description of a vendor with what our tools use: our tools.yaml is
 * built against the newer description (with the vendor's {@code published-overlay.yaml}, if it
 * has one), and per tool the report says which arguments were added, removed or renamed, which
 * curated fields the response no longer has, whether its endpoint is deprecated or gone; then
 * the operations new in the OpenAPI tags our tools use (openapi-diff against a baseline: the
 * older published description when given, else our own).
 */
public final class DriftAnalysis {

    /** Our corrections to the vendor's published description, applied to the newer one too. */
    public static final String PUBLISHED_OVERLAY = "published-overlay.yaml";

    private static final Pattern TOOL = Pattern.compile("^tool #\\d+ '([^']+)'");

    private final String basePackage;

    public DriftAnalysis(String basePackage) {
        this.basePackage = basePackage;
    }

    /**
     * @param folder the vendor folder, e.g. {@code specs/kandji}
     * @param displayDirectory how problems name it
     * @param newer the newer published documents
     * @param baseline the published documents our tools were made from, or empty to compare new endpoints with our own description
     * @throws SpecProblemsException when our folder or the descriptions cannot be read
     */
    public DriftReport analyse(Path folder, String displayDirectory, List<Path> newer, List<Path> baseline)
            throws SpecProblemsException {
        Problems problems = new Problems();
        VendorFolderReader reader = new VendorFolderReader();
        VendorModelBuilder builder = new VendorModelBuilder(basePackage);
        Optional<VendorFolder> ours = reader.read(folder, displayDirectory, problems);
        Optional<VendorModel> ourModel = ours.flatMap(read -> builder.build(read, problems));
        problems.throwIfAny();
        VendorModel model = ourModel.orElseThrow();

        Map<String, String> basePaths = new LinkedHashMap<>();
        ours.get().vendorFile().documents().forEach((name, section) -> basePaths.put(name, section.basePath()));
        Path overlay = folder.resolve(PUBLISHED_OVERLAY);
        List<String> skipped = new ArrayList<>();
        OpenApiDocument corrected = read(newer, Files.isRegularFile(overlay) ? Optional.of(overlay) : Optional.empty(),
                basePaths, new OpenApiReader(skipped), problems);
        OpenApiDocument published = read(newer, Optional.empty(), basePaths, new OpenApiReader(), problems);
        OpenApiDocument before = baseline.isEmpty() ? null : read(baseline, Optional.empty(), basePaths, new OpenApiReader(), problems);
        problems.throwIfAny();

        Map<String, List<String>> changes = new LinkedHashMap<>();
        model.tools().forEach(tool -> changes.put(tool.name(), new ArrayList<>()));
        OperationIndex newerOperations = OperationIndex.of(published.api());
        String newerName = newer.size() == 1 ? newer.getFirst().toString() : "the newer description";
        Problems readProblems = new Problems();
        VendorFolder against = reader.readAgainst(folder, displayDirectory, corrected, newerName, readProblems).orElseThrow();
        // Examples are contract-test data, not what the vendor changed: they stay out of the comparison.
        List<ToolRecord> records = against.toolsFile().tools().stream().map(DriftAnalysis::withoutExamples).toList();
        Set<String> unfit = new TreeSet<>();
        Optional<VendorModel> newModel = Optional.empty();
        for (int pass = 0; pass < 2 && newModel.isEmpty(); pass++) {
            // Tools the newer description no longer fits are reported and left out, so the others are still compared.
            List<ToolRecord> fitting = records.stream().filter(record -> record == null || !unfit.contains(record.name())).toList();
            Problems gate = new Problems();
            newModel = builder.build(new VendorFolder(against.id(), against.displayDirectory(), against.vendorFile(),
                    new ToolsFile(fitting), against.toolsLines(), corrected, newerName), gate);
            for (Problem problem : problems(gate)) {
                Matcher tool = TOOL.matcher(problem.where());
                String name = tool.find() && changes.containsKey(tool.group(1)) ? tool.group(1) : null;
                if (name == null) {
                    changes.computeIfAbsent("(vendor)", key -> new ArrayList<>()).add(problem.toString());
                    continue;
                }
                unfit.add(name);
                ToolModel ourTool = model.tools().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
                if (newerOperations.find(ourTool.operation()).isPresent()) { // a removed endpoint is said once, below
                    changes.get(name).add(gateMessage(problem));
                }
            }
        }
        newModel.ifPresent(now -> {
            for (SurfaceChange change : ToolSurfaceDiff.between(ToolSurface.of(model), ToolSurface.of(now))) {
                if (changes.containsKey(change.tool()) && !unfit.contains(change.tool())) {
                    changes.get(change.tool()).add(change.what() + "  [" + change.impact() + "]");
                }
            }
        });
        Set<String> usedTags = new TreeSet<>();
        for (ToolModel tool : model.tools()) {
            Optional<SpecOperation> operation = newerOperations.find(tool.operation());
            if (operation.isEmpty()) {
                changes.get(tool.name()).add("endpoint " + tool.operation() + " removed  [breaking for a model and for saved configurations]");
                continue;
            }
            if (Boolean.TRUE.equals(operation.get().operation().getDeprecated())) {
                changes.get(tool.name()).add("endpoint " + tool.operation() + " deprecated  [not breaking yet]");
            }
            if (operation.get().operation().getTags() != null) {
                usedTags.addAll(operation.get().operation().getTags());
            }
        }
        changes.values().removeIf(List::isEmpty);
        return new DriftReport(model.id(), newer.stream().map(Path::toString).toList(), changes,
                newEndpoints(before != null ? before.api() : ours.get().openApi().api(), published.api(), usedTags, model),
                skipped);
    }

    private static ToolRecord withoutExamples(ToolRecord record) {
        return record == null ? null : new ToolRecord(record.name(), record.operation(), record.method(), record.title(),
                record.tags(), record.description(), record.pagination(), record.fields(), record.wholeRecord(), record.arguments(),
                record.hints(), List.of());
    }

    private static OpenApiDocument read(List<Path> documents, Optional<Path> overlay, Map<String, String> basePaths,
            OpenApiReader reader, Problems problems) {
        List<Path> absolute = documents.stream().map(Path::toAbsolutePath).toList();
        Path directory = overlay.map(Path::getParent).orElse(absolute.getFirst().getParent());
        return reader.read(new SpecSources(directory.toAbsolutePath(), absolute, overlay.map(Path::toAbsolutePath)),
                basePaths, directory.toAbsolutePath().toString(), problems).orElse(null);
    }

    /** Operations of {@code newer} that {@code before} lacks, in the tags our tools use, that no tool exposes. */
    private static List<String> newEndpoints(OpenAPI before, OpenAPI newer, Set<String> usedTags, VendorModel model) {
        ChangedOpenApi diff = OpenApiCompare.fromSpecifications(before, newer);
        Set<String> exposed = new TreeSet<>();
        model.tools().forEach(tool -> exposed.add(tool.operation()));
        List<String> found = new ArrayList<>();
        for (Endpoint endpoint : diff.getNewEndpoints()) {
            String key = endpoint.getMethod().name().toUpperCase(Locale.ROOT) + " " + endpoint.getPathUrl();
            List<String> tags = endpoint.getOperation().getTags() == null ? List.of() : endpoint.getOperation().getTags();
            List<String> ours = tags.stream().filter(usedTags::contains).toList();
            if (!ours.isEmpty() && !exposed.contains(key)) {
                found.add(key + " (" + String.join(", ", ours) + ")");
            }
        }
        return found.stream().sorted().toList();
    }

    private static final Pattern FIELD_GONE = Pattern.compile("^fields: '([^']+)' is not a property of the response of ([^;]+)");

    /** The gate's words for what no longer fits, without the file and record it names; a curated field gone said plainly. */
    private static String gateMessage(Problem problem) {
        String where = problem.where().replaceFirst("^tool #\\d+ '[^']+'( \\(line \\d+\\))?:? ?", "");
        Matcher field = FIELD_GONE.matcher(problem.message());
        if (field.find()) {
            return "curated field " + field.group(1) + " gone from the response of " + field.group(2) + "  [breaking for a model]";
        }
        return (where.isEmpty() ? "" : where + ": ") + problem.message();
    }

    private static List<Problem> problems(Problems problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (SpecProblemsException e) {
            return e.problems();
        }
    }
}

package dev.mdmmcp.codegen;

import dev.mdmmcp.codegen.emit.GeneratedFiles;
import dev.mdmmcp.codegen.emit.VendorEmitter;
import dev.mdmmcp.codegen.lock.ToolLock;
import dev.mdmmcp.codegen.lock.ToolSurface;
import dev.mdmmcp.codegen.model.VendorModel;
import dev.mdmmcp.codegen.model.VendorModelBuilder;
import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.output.Fingerprint;
import dev.mdmmcp.codegen.output.GenerationState;
import dev.mdmmcp.codegen.output.OutputSync;
import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.problem.SpecProblemsException;
import dev.mdmmcp.codegen.report.UnexposedReport;
import dev.mdmmcp.codegen.report.VendorSummary;
import dev.mdmmcp.codegen.spec.VendorFolder;
import dev.mdmmcp.codegen.spec.VendorFolderReader;
import dev.mdmmcp.spelling.Suggestions;
import dev.mdmmcp.tool.ToolCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the tools of every vendor folder: read, check, emit, write. Plain Java, so tests
 * run it without Maven; the mojos only translate their parameters into {@link GeneratorSettings}.
 *
 * <p>A vendor whose inputs (its folder, the generator, the parameters) have not changed since
 * the last run, and whose outputs are all still there, is skipped. All problems of all vendors
 * are reported together, and nothing is written when there are any.
 */
public final class Generator {

    /** Where ServiceLoader finds the catalogs, relative to the resources directory. */
    public static final String SERVICE_FILE = "META-INF/services/" + ToolCatalog.class.getName();

    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private final GeneratorSettings settings;
    private final GenerationLog log;
    private final String generatorFingerprint;
    private final List<String> removedSources = new ArrayList<>();
    private final List<String> removedResources = new ArrayList<>();

    public Generator(GeneratorSettings settings, GenerationLog log) {
        this.settings = settings;
        this.log = log;
        this.generatorFingerprint = settings.generatorVersion() + "/" + Fingerprint.ofCodeSource(Generator.class);
    }

    public List<VendorOutcome> run() throws SpecProblemsException, IOException {
        Problems problems = new Problems();
        checkBasePackage(problems);
        List<Path> folders = vendorFolders(problems);
        problems.throwIfAny();

        Map<String, String> catalogs = new TreeMap<>();
        List<VendorOutcome> outcomes = new ArrayList<>();
        List<PendingVendor> pending = new ArrayList<>();
        VendorFolderReader reader = new VendorFolderReader();
        VendorModelBuilder builder = new VendorModelBuilder(settings.basePackage());
        for (Path folder : folders) {
            String vendor = folder.getFileName().toString();
            String fingerprint = fingerprint(folder);
            Optional<GenerationState> state = GenerationState.read(settings.workDirectory(), vendor);
            if (state.isPresent() && state.get().fingerprint().equals(fingerprint)
                    && state.get().outputsExist(settings.outputDirectory(), settings.resourcesDirectory())) {
                log.info(vendor + ": up to date");
                catalogs.put(vendor, state.get().catalogClass());
                outcomes.add(new VendorOutcome(vendor, Optional.empty(), 0));
                continue;
            }
            String displayDirectory = display(folder, settings.specsDirectory().toAbsolutePath().getParent());
            reader.read(folder, displayDirectory, problems)
                    .flatMap(read -> builder.build(read, problems).map(model -> new PendingVendor(read, model, fingerprint, state)))
                    .ifPresent(pending::add);
        }
        problems.throwIfAny();

        List<ToolLock.Check> locks = new ArrayList<>();
        for (PendingVendor vendor : pending) {
            ToolLock.Check lock = ToolLock.check(settings.specsDirectory().resolve(vendor.model().id()), vendor.model(),
                    settings.acceptToolChanges());
            if (lock.status() == ToolLock.Status.REFUSED) {
                problems.add(new Problem(display(lock.file(), settings.baseDirectory()), "", "the tool surface changed;"
                        + " if that is intended, accept it with -D" + ToolLock.ACCEPT_PROPERTY + "=true (rewrites this"
                        + " file; commit it with the change):" + ToolLock.describe(lock.changes())));
            }
            locks.add(lock);
        }
        problems.throwIfAny();
        for (ToolLock.Check lock : locks) {
            if (lock.write()) {
                log.info(display(lock.file(), settings.baseDirectory()) + (lock.status() == ToolLock.Status.NEW
                        ? ": written (" + lock.changes().size() + " tools)"
                        : ": rewritten, tool surface changes accepted:" + ToolLock.describe(lock.changes())));
            }
        }

        for (PendingVendor vendor : pending) {
            int changed = write(vendor);
            catalogs.put(vendor.model().id(), VendorEmitter.catalogClassName(vendor.model()));
            outcomes.add(new VendorOutcome(vendor.model().id(), Optional.of(vendor.model()), changed));
        }
        removeVendorsNoLongerGenerated(folders);
        writeServiceFile(catalogs);
        outcomes.sort((a, b) -> a.vendor().compareTo(b.vendor()));
        return outcomes;
    }

    /**
     * The generated files the last {@link #run()} deleted (tools renamed or removed, vendors gone),
     * relative to the sources and resources directories: their compiled classes and copied
     * resources are stale too.
     */
    public RemovedOutputs removedOutputs() {
        return new RemovedOutputs(List.copyOf(removedSources), List.copyOf(removedResources));
    }

    /** Relative paths of deleted generated sources and resources. */
    public record RemovedOutputs(List<String> sources, List<String> resources) {
    }

    private int write(PendingVendor vendor) throws IOException {
        VendorModel model = vendor.model();
        GeneratedFiles files = new VendorEmitter().emit(model);
        List<String> previousSources = vendor.previous().map(GenerationState::sources).orElse(List.of());
        List<String> previousResources = vendor.previous().map(GenerationState::resources).orElse(List.of());
        int changed = OutputSync.sync(settings.outputDirectory(), files.sources(), previousSources, removedSources)
                + OutputSync.sync(settings.resourcesDirectory(), files.resources(), previousResources, removedResources);

        Path report = settings.workDirectory().resolve(model.id() + "-unexposed.txt");
        OutputSync.writeIfChanged(report,
                UnexposedReport.text(model, vendor.folder().openApiFileName()).getBytes(StandardCharsets.UTF_8));
        new GenerationState(model.id(), vendor.fingerprint(), VendorEmitter.catalogClassName(model),
                List.copyOf(files.sources().keySet()), List.copyOf(files.resources().keySet()))
                .write(settings.workDirectory());

        log.info(VendorSummary.line(model, display(report, settings.baseDirectory())));
        long warnings = model.warnings().size();
        if (warnings > 0) {
            log.warn(model.id() + ": " + warnings + (warnings == 1 ? " warning" : " warnings") + ", listed in "
                    + display(report, settings.baseDirectory()));
        }
        return changed;
    }

    /** Deletes the outputs of vendors generated before but not now (folder removed, or left out of {@code vendors}). */
    private void removeVendorsNoLongerGenerated(List<Path> folders) throws IOException {
        List<String> current = folders.stream().map(f -> f.getFileName().toString()).toList();
        for (String vendor : GenerationState.vendorsIn(settings.workDirectory())) {
            if (current.contains(vendor)) {
                continue;
            }
            Optional<GenerationState> state = GenerationState.read(settings.workDirectory(), vendor);
            if (state.isPresent()) {
                OutputSync.sync(settings.outputDirectory(), Map.of(), state.get().sources(), removedSources);
                OutputSync.sync(settings.resourcesDirectory(), Map.of(), state.get().resources(), removedResources);
            }
            Files.deleteIfExists(GenerationState.file(settings.workDirectory(), vendor));
            Files.deleteIfExists(settings.workDirectory().resolve(vendor + "-unexposed.txt"));
            log.info(vendor + ": no longer generated; its outputs were removed");
        }
    }

    private void writeServiceFile(Map<String, String> catalogs) throws IOException {
        Path file = settings.resourcesDirectory().resolve(SERVICE_FILE);
        if (catalogs.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        StringBuilder text = new StringBuilder();
        catalogs.values().forEach(catalog -> text.append(catalog).append('\n'));
        OutputSync.writeIfChanged(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String fingerprint(Path folder) throws IOException {
        return Fingerprint.start()
                .add("generator", generatorFingerprint)
                .add("basePackage", settings.basePackage())
                .add("outputDirectory", settings.outputDirectory().toAbsolutePath().toString())
                .add("resourcesDirectory", settings.resourcesDirectory().toAbsolutePath().toString())
                .add("specsDirectory", settings.specsDirectory().toAbsolutePath().toString())
                .add("vendor", folder.getFileName().toString())
                .addTree(folder, List.of(ToolSurface.LOCK_FILE)) // an output: written after generation
                .hex();
    }

    private List<Path> vendorFolders(Problems problems) throws IOException {
        Path specs = settings.specsDirectory();
        if (!Files.isDirectory(specs)) {
            problems.add(new Problem(specs.toString(), "", "the specs directory does not exist; set specsDirectory"));
            return List.of();
        }
        List<String> available;
        try (Stream<Path> children = Files.list(specs)) {
            available = children.filter(child -> Files.isRegularFile(child.resolve(VendorFolder.VENDOR_FILE)))
                    .map(child -> child.getFileName().toString()).sorted().toList();
        }
        if (settings.vendors().isEmpty()) {
            if (available.isEmpty()) {
                log.warn("no vendor folders (folders with a " + VendorFolder.VENDOR_FILE + ") in " + specs + "; nothing to generate");
            }
            return available.stream().map(specs::resolve).toList();
        }
        List<Path> chosen = new ArrayList<>();
        for (String vendor : settings.vendors().stream().distinct().sorted().toList()) {
            if (available.contains(vendor)) {
                chosen.add(specs.resolve(vendor));
            } else {
                problems.add(new Problem(specs.toString(), "", "vendors names '" + vendor
                        + "', which has no folder with a " + VendorFolder.VENDOR_FILE
                        + (available.isEmpty() ? "; there are none" : "; there are: " + String.join(", ", available)
                        + Suggestions.closestHint(vendor, available))));
            }
        }
        return chosen;
    }

    private void checkBasePackage(Problems problems) {
        String basePackage = settings.basePackage();
        boolean valid = PACKAGE.matcher(basePackage).matches()
                && Stream.of(basePackage.split("\\.")).noneMatch(JavaNames::isReserved);
        if (!valid) {
            problems.add(new Problem("basePackage", "", "'" + basePackage + "' is not a Java package name, e.g. "
                    + GeneratorSettings.DEFAULT_BASE_PACKAGE));
        }
    }

    /** {@code path} relative to {@code base} when it lies below it, with / separators. */
    private static String display(Path path, Path base) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = base == null ? null : base.toAbsolutePath().normalize();
        String shown = root != null && absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }

    private record PendingVendor(VendorFolder folder, VendorModel model, String fingerprint, Optional<GenerationState> previous) {
    }
}

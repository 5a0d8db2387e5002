package dev.mdmmcp.codegen.spec;

import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.spelling.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a vendor folder (vendor.yaml, tools.yaml, the API description and its overlay),
 * reporting everything unreadable at once.
 */
public final class VendorFolderReader {

    private final StrictYamlReader yaml = new StrictYamlReader();
    private final OpenApiReader openApiReader = new OpenApiReader();

    /**
     * @param directory the vendor folder
     * @param displayDirectory how problems name it, e.g. {@code specs/kandji}
     */
    public Optional<VendorFolder> read(Path directory, String displayDirectory, Problems problems) {
        String id = directory.getFileName().toString();
        String vendorName = displayDirectory + "/" + VendorFolder.VENDOR_FILE;
        String toolsName = displayDirectory + "/" + VendorFolder.TOOLS_FILE;

        Optional<VendorFile> vendorFile = readYaml(directory.resolve(VendorFolder.VENDOR_FILE), vendorName,
                VendorFile.class, problems, VendorFolderReader::vendorPlace, null);
        YamlLines toolsLines = YamlLines.of(directory.resolve(VendorFolder.TOOLS_FILE));
        Optional<ToolsFile> toolsFile = readYaml(directory.resolve(VendorFolder.TOOLS_FILE), toolsName,
                ToolsFile.class, problems, null, toolsLines);

        Optional<SpecSources> sources = SpecSources.find(directory, displayDirectory, problems);
        Optional<OpenApiDocument> openApi = Optional.empty();
        if (sources.isPresent() && vendorFile.isPresent()) {
            Optional<Map<String, String>> basePaths = basePaths(vendorFile.get(), sources.get(), vendorName, problems);
            if (basePaths.isPresent()) {
                openApi = openApiReader.read(sources.get(), basePaths.get(), displayDirectory, problems);
            }
        }
        if (vendorFile.isEmpty() || toolsFile.isEmpty() || openApi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorFolder(id, displayDirectory, vendorFile.get(), toolsFile.get(), toolsLines,
                openApi.get(), openApiName(sources.get(), displayDirectory)));
    }

    /**
     * The folder's vendor.yaml and tools.yaml with another API description in place of its own,
     * e.g. a newer one the vendor published (the drift report).
     *
     * @param openApiName how problems name that description
     */
    public Optional<VendorFolder> readAgainst(Path directory, String displayDirectory, OpenApiDocument openApi,
            String openApiName, Problems problems) {
        Optional<VendorFile> vendorFile = readYaml(directory.resolve(VendorFolder.VENDOR_FILE),
                displayDirectory + "/" + VendorFolder.VENDOR_FILE, VendorFile.class, problems, VendorFolderReader::vendorPlace, null);
        YamlLines toolsLines = YamlLines.of(directory.resolve(VendorFolder.TOOLS_FILE));
        Optional<ToolsFile> toolsFile = readYaml(directory.resolve(VendorFolder.TOOLS_FILE),
                displayDirectory + "/" + VendorFolder.TOOLS_FILE, ToolsFile.class, problems, null, toolsLines);
        if (vendorFile.isEmpty() || toolsFile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorFolder(directory.getFileName().toString(), displayDirectory, vendorFile.get(),
                toolsFile.get(), toolsLines, openApi, openApiName));
    }

    /** {@code documents:} of vendor.yaml: every key a document of the folder, every base path absolute without a trailing slash. */
    private static Optional<Map<String, String>> basePaths(VendorFile file, SpecSources sources, String vendorName,
            Problems problems) {
        List<String> names = sources.documents().stream().map(document -> document.getFileName().toString()).toList();
        Map<String, String> basePaths = new LinkedHashMap<>();
        int before = problems.size();
        file.documents().forEach((name, section) -> {
            Problems.Reporter report = problems.in(vendorName, "documents." + name);
            if (!names.contains(name)) {
                report.report("not a document of the folder; its documents: " + String.join(", ", names)
                        + Suggestions.closestHint(name, names));
            } else if (section == null || section.basePath() == null || !section.basePath().startsWith("/")
                    || section.basePath().endsWith("/")) {
                report.report("base_path must start with / and not end with one, e.g. /api/v2");
            } else {
                basePaths.put(name, section.basePath());
            }
        });
        return problems.size() > before ? Optional.empty() : Optional.of(basePaths);
    }

    /** How problems and reports name the description: its one document, or its folder of documents. */
    private static String openApiName(SpecSources sources, String displayDirectory) {
        return displayDirectory + "/" + (sources.documents().size() == 1
                ? sources.directory().relativize(sources.documents().getFirst()).toString().replace('\\', '/')
                : SpecSources.DOCUMENTS_FOLDER + "/");
    }

    private <T> Optional<T> readYaml(Path file, String displayName, Class<T> type, Problems problems,
            PlaceNamer placeNamer, YamlLines toolsLines) {
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(displayName, "", "missing; see specs/README.md for its format"));
            return Optional.empty();
        }
        StrictYamlReader.Result<T> result = yaml.read(file, type);
        for (StrictYamlReader.UnknownKey unknown : result.unknownKeys()) {
            String where = placeNamer != null
                    ? placeNamer.name(unknown.path())
                    : toolPlace(unknown.path(), result.value().map(ToolsFile.class::cast).orElse(null), toolsLines);
            problems.add(new Problem(displayName, where, unknown.message()));
        }
        result.failure().ifPresent(failure -> problems.add(new Problem(displayName, "", failure)));
        return result.unknownKeys().isEmpty() ? result.value() : Optional.empty();
    }

    private static String vendorPlace(List<Object> path) {
        return YamlPath.format(path);
    }

    /** {@code tool #3 'list_devices'}, then the path inside the record, e.g. {@code at pagination}. */
    private static String toolPlace(List<Object> path, ToolsFile tools, YamlLines lines) {
        if (path.size() < 2 || !"tools".equals(path.get(0)) || !(path.get(1) instanceof Integer index)) {
            return YamlPath.format(path);
        }
        String name = tools != null && index < tools.tools().size() && tools.tools().get(index) != null
                ? tools.tools().get(index).name()
                : null;
        String place = RecordPlace.of(index, name, lines.lineOf(List.of("tools", index)));
        List<Object> inside = path.subList(2, path.size());
        return inside.isEmpty() ? place : place + " at " + YamlPath.format(inside);
    }

    @FunctionalInterface
    private interface PlaceNamer {
        String name(List<Object> path);
    }
}

package dev.mdmmcp.codegen.spec;

import dev.mdmmcp.codegen.problem.Problem;
import dev.mdmmcp.codegen.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the three files of a vendor folder, reporting everything unreadable at once. */
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
        String openApiName = displayDirectory + "/" + VendorFolder.OPENAPI_FILE;

        Optional<VendorFile> vendorFile = readYaml(directory.resolve(VendorFolder.VENDOR_FILE), vendorName,
                VendorFile.class, problems, VendorFolderReader::vendorPlace, null);
        YamlLines toolsLines = YamlLines.of(directory.resolve(VendorFolder.TOOLS_FILE));
        Optional<ToolsFile> toolsFile = readYaml(directory.resolve(VendorFolder.TOOLS_FILE), toolsName,
                ToolsFile.class, problems, null, toolsLines);

        Optional<OpenApiDocument> openApi = Optional.empty();
        Path openApiFile = directory.resolve(VendorFolder.OPENAPI_FILE);
        if (!Files.isRegularFile(openApiFile)) {
            problems.add(new Problem(openApiName, "", "missing: every vendor folder needs the OpenAPI description of its endpoints"));
        } else {
            List<String> failures = new ArrayList<>();
            openApi = openApiReader.read(openApiFile, failures);
            failures.forEach(failure -> problems.add(new Problem(openApiName, "", "cannot be read: " + failure)));
        }
        if (vendorFile.isEmpty() || toolsFile.isEmpty() || openApi.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorFolder(id, displayDirectory, vendorFile.get(), toolsFile.get(), toolsLines,
                openApi.get()));
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

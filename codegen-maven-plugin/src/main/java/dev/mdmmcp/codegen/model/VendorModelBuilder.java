package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.openapi.OperationIndex;
import dev.mdmmcp.codegen.openapi.OperationSupport;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.spec.ToolRecord;
import dev.mdmmcp.codegen.spec.VendorFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a read vendor folder into a {@link VendorModel}: the quality gate. Only operations with a
 * documentation record become tools; every problem of the folder is reported together.
 */
public final class VendorModelBuilder {

    private final String basePackage;

    public VendorModelBuilder(String basePackage) {
        this.basePackage = basePackage;
    }

    public Optional<VendorModel> build(VendorFolder folder, Problems problems) {
        int before = problems.size();
        Optional<VendorDefinition> definition = new VendorDefinitionBuilder().build(folder, problems);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        SchemaResolver resolver = new SchemaResolver(folder.openApi().api());
        OperationIndex operations = OperationIndex.of(folder.openApi().api());
        ToolModelBuilder builder = new ToolModelBuilder(folder.id(), definition.get(), operations, resolver);
        String toolsFile = folder.toolsFileName();

        if (folder.toolsFile().tools().isEmpty()) {
            problems.in(toolsFile, "").report("has no documentation records under tools:, so the vendor would have no tools");
        }
        List<ToolModel> tools = new ArrayList<>();
        Map<String, Integer> firstByName = new HashMap<>();
        Map<String, String> toolByClassStem = new HashMap<>();
        Set<String> exposed = new HashSet<>();
        List<ToolRecord> records = folder.toolsFile().tools();
        for (int index = 0; index < records.size(); index++) {
            ToolRecord record = records.get(index);
            if (record == null) {
                problems.in(toolsFile, folder.recordPlace(index, null)).report("is empty");
                continue;
            }
            Problems.Reporter report = problems.in(toolsFile, folder.recordPlace(index, record.name()));
            if (record.name() != null) {
                Integer first = firstByName.putIfAbsent(record.name(), index);
                if (first != null) {
                    report.report("name '" + record.name() + "' is already used by " + folder.recordPlace(first, record.name())
                            + "; tool names are unique within a vendor");
                    continue;
                }
            }
            if (record.operation() != null) {
                exposed.add(normalisedKey(record.operation()));
            }
            builder.build(record, report).ifPresent(tool -> {
                String clash = toolByClassStem.putIfAbsent(tool.classStem(), tool.name());
                if (clash != null) {
                    report.report("name '" + tool.name() + "' gives the Java class " + tool.toolClassName() + ", as '"
                            + clash + "' does; rename one");
                } else {
                    tools.add(tool);
                }
            });
        }
        List<String> warnings = new ArrayList<>();
        parserMessages(folder, exposed, problems, warnings);
        if (problems.size() > before) {
            return Optional.empty();
        }
        OperationSupport support = new OperationSupport(resolver);
        List<UnexposedOperation> unexposed = new ArrayList<>();
        for (SpecOperation operation : operations.all()) {
            if (!exposed.contains(operation.key())) {
                unexposed.add(new UnexposedOperation(operation.key(), operation.operationId(),
                        support.unsupportedReasons(operation)));
            }
        }
        List<String> withoutExample = tools.stream().filter(t -> records.stream()
                .anyMatch(r -> r != null && t.name().equals(r.name()) && r.examples().isEmpty())).map(ToolModel::name).toList();
        if (!withoutExample.isEmpty()) {
            warnings.add(withoutExample.size() + " tool(s) without an example, which contract tests need: "
                    + String.join(", ", withoutExample));
        }
        return Optional.of(new VendorModel(folder.id(), basePackage + "." + JavaNames.packageSegment(folder.id()),
                classPrefix(definition.get().profile().displayName(), folder.id()), definition.get().profile(),
                List.copyOf(definition.get().pagingStyles().values()), tools, unexposed, warnings));
    }

    /**
     * The parser's remarks: about an exposed operation they fail the build (the tool would be
     * built on a broken description); about anything else they are only warnings.
     */
    private static void parserMessages(VendorFolder folder, Set<String> exposed, Problems problems, List<String> warnings) {
        for (String message : folder.openApi().messages()) {
            Optional<String> operation = exposed.stream().filter(key -> concerns(message, key)).sorted().findFirst();
            if (operation.isPresent()) {
                problems.in(folder.openApiFileName(), operation.get()).report(message);
            } else {
                warnings.add("openapi.yaml: " + message);
            }
        }
    }

    /** Whether a parser message such as {@code attribute paths.'/x'(post).foo is unexpected} is about {@code key}. */
    private static boolean concerns(String message, String key) {
        int space = key.indexOf(' ');
        String verb = key.substring(0, space).toLowerCase(Locale.ROOT);
        String path = "paths.'" + key.substring(space + 1) + "'";
        int at = message.indexOf(path);
        if (at < 0) {
            return false;
        }
        String rest = message.substring(at + path.length());
        return rest.startsWith("(" + verb + ")") || !rest.startsWith("(");
    }

    private static String normalisedKey(String operation) {
        String[] parts = operation.strip().split("\\s+", 2);
        return parts.length < 2 ? operation : parts[0].toUpperCase(Locale.ROOT) + " " + parts[1];
    }

    /** {@code NinjaOne} from the display name when it makes a Java name, else from the vendor id. */
    static String classPrefix(String displayName, String id) {
        String fromDisplay = JavaNames.typeName(displayName);
        return fromDisplay.startsWith("Value") && !displayName.startsWith("Value") ? JavaNames.typeName(id) : fromDisplay;
    }
}

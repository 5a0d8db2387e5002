package dev.mdmmcp.codegen.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.openapi.OperationIndex;
import dev.mdmmcp.codegen.openapi.OperationSupport;
import dev.mdmmcp.codegen.openapi.SchemaResolver;
import dev.mdmmcp.codegen.openapi.SpecOperation;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.spec.ToolRecord;
import dev.mdmmcp.codegen.spec.ToolRecord.ExampleRecord;
import dev.mdmmcp.codegen.spec.ToolRecord.PagingReference;
import dev.mdmmcp.codegen.text.RecordText;
import dev.mdmmcp.codegen.types.InputSchemas;
import dev.mdmmcp.codegen.types.TypeMapper;
import dev.mdmmcp.http.HttpVerb;
import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.spelling.Suggestions;
import dev.mdmmcp.tool.MethodClass;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one documentation record against the spec and the vendor, and builds its tool. Every
 * problem of the record is reported, not only the first.
 */
public final class ToolModelBuilder {

    /** MCP clients refuse longer tool names. */
    static final int MAX_NAME_LENGTH = 64;

    private static final Pattern OPERATION = Pattern.compile("\\s*([A-Za-z]+)\\s+(/\\S*)\\s*");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String vendor;
    private final VendorDefinition definition;
    private final OperationIndex operations;
    private final OperationSupport support;
    private final SpecArguments specArguments;
    private final ArgumentPlanner planner;
    private final OutputSchemaBuilder outputs;

    public ToolModelBuilder(String vendor, VendorDefinition definition, OperationIndex operations, SchemaResolver resolver) {
        this.vendor = vendor;
        this.definition = definition;
        this.operations = operations;
        this.support = new OperationSupport(resolver);
        this.specArguments = new SpecArguments(resolver);
        this.planner = new ArgumentPlanner(new TypeMapper(resolver));
        this.outputs = new OutputSchemaBuilder(resolver);
    }

    /** The tool of {@code record}, or empty when a problem was reported. */
    public Optional<ToolModel> build(ToolRecord record, Problems.Reporter reporter) {
        TrackingReporter report = new TrackingReporter(reporter);
        checkName(record.name(), report);
        requireText(record.title(), "title is missing: a short human title, e.g. List devices", report);
        requireText(record.description(),
                "description is missing: say what it returns, when to use it and what to chain it with", report);
        checkTags(record.tags(), report);
        MethodClass method = method(record.method(), report);
        Optional<SpecOperation> operation = operation(record.operation(), report);
        PagingModel paging = paging(record.pagination(), method, report);
        checkFields(record.fields(), report);
        if (record.allowsWholeRecord() && (method != null && !method.isRead() || record.fields().isEmpty())) {
            report.report("whole_record is only for list and get tools with fields: it lets the fields argument"
                    + " take \"*\" instead of the fields listed");
        }
        if (report.reported() || operation.isEmpty()) {
            return Optional.empty();
        }
        SpecOperation spec = operation.get();
        List<String> unsupported = support.unsupportedReasons(spec);
        if (!unsupported.isEmpty()) {
            unsupported.forEach(reason -> report.report("operation " + spec.key() + " cannot be a tool: " + reason));
            return Optional.empty();
        }
        if (paging != null) {
            List<String> missing = specArguments.missingPagingParameters(spec, paging.style());
            if (!missing.isEmpty()) {
                report.report("pagination style '" + paging.style().name() + "' pages with "
                        + SpecArgument.locationWord(PagingStyles.in(paging.style())) + " parameter(s) "
                        + String.join(", ", missing) + ", which " + spec.key() + " does not have; "
                        + "name the style this operation pages with" + otherStyles(paging.style()));
            }
        }
        String classStem = JavaNames.typeName(record.name());
        Optional<List<ArgumentModel>> arguments = planner.plan(specArguments.of(spec, paging == null ? null : paging.style()),
                record.arguments(), paging == null ? null : paging.style(), projection(record, method), classStem + "Arguments",
                spec.key(), report);
        Optional<ObjectNode> output = outputs.build(spec, paging == null ? null : paging.itemsPointer(), record.fields(), report);
        arguments.ifPresent(list -> checkExamples(record, list, report));
        if (report.reported() || arguments.isEmpty()) {
            return Optional.empty();
        }
        String recordDescription = RecordText.tidy(record.description());
        return Optional.of(new ToolModel(
                vendor,
                record.name(),
                classStem,
                record.title().strip(),
                paging == null ? recordDescription : recordDescription + "\n\n" + pagingInstruction(paging.style()),
                recordDescription,
                method,
                record.tags().stream().map(String::strip).toList(),
                HintDefaults.hints(method, record.hints()),
                HttpVerb.valueOf(spec.verb()),
                spec.path(),
                arguments.get(),
                paging,
                record.fields(),
                inputSchema(arguments.get()),
                output.orElse(null)));
    }

    /**
     * What the {@code fields} argument takes: the record's fields for list and get tools that
     * have any, plus {@code "*"} when {@code whole_record: true}; empty for other tools.
     */
    private static List<String> projection(ToolRecord record, MethodClass method) {
        if (!method.isRead() || record.fields().isEmpty()) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>(record.fields().stream().map(String::strip).toList());
        if (record.allowsWholeRecord()) {
            values.add(ArgumentPlanner.WHOLE_RECORD);
        }
        return values;
    }

    /** The sentence every list tool's description ends with. */
    static String pagingInstruction(PaginationStyle style) {
        return "Returns at most `limit` items per call (default " + style.defaultPageSize() + ", at most "
                + style.maxPageSize() + "). When the result contains `next_cursor`, call this tool again with the "
                + "same arguments and `next_cursor` set to that value, unchanged, to get the next page.";
    }

    private static void checkName(String name, Problems.Reporter report) {
        if (name == null || name.isBlank()) {
            report.report("name is missing: the MCP tool name, snake_case, e.g. list_devices");
        } else if (!JavaNames.isSnakeCase(name)) {
            report.report("name '" + name + "' is not snake_case (lower-case words joined by _); e.g. "
                    + JavaNames.snakeName(name));
        } else if (name.length() > MAX_NAME_LENGTH) {
            report.report("name '" + name + "' is longer than " + MAX_NAME_LENGTH + " characters, which MCP clients refuse");
        }
    }

    private static void requireText(String text, String message, Problems.Reporter report) {
        if (text == null || text.isBlank()) {
            report.report(message);
        }
    }

    private static void checkTags(List<String> tags, Problems.Reporter report) {
        if (tags.isEmpty()) {
            report.report("tags are missing: at least one, e.g. [devices]; MCP servers filter tools by tag");
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).isBlank()) {
                report.report("tags[" + i + "] is empty");
            }
        }
    }

    private static void checkFields(List<String> fields, Problems.Reporter report) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field == null || field.isBlank() || Arrays.stream(field.split("\\.", -1)).anyMatch(String::isBlank)) {
                report.report("fields[" + i + "] '" + field + "' is not a dotted path such as user.email");
            }
        }
    }

    private static MethodClass method(String method, Problems.Reporter report) {
        if (method == null || method.isBlank()) {
            report.report("method is missing; one of " + MethodClass.validNames());
            return null;
        }
        try {
            return MethodClass.fromWireName(method.strip());
        } catch (IllegalArgumentException e) {
            List<String> valid = Arrays.stream(MethodClass.values()).map(MethodClass::wireName).toList();
            report.report("unknown method class '" + method + "'; valid: " + MethodClass.validNames()
                    + " (closest: " + Suggestions.closest(method, valid, 1).getFirst() + ")");
            return null;
        }
    }

    private Optional<SpecOperation> operation(String operation, Problems.Reporter report) {
        if (operation == null || operation.isBlank()) {
            report.report("operation is missing: \"VERB /path\" of an operation in openapi.yaml, e.g. GET /api/v1/devices");
            return Optional.empty();
        }
        Matcher matcher = OPERATION.matcher(operation);
        if (!matcher.matches()) {
            report.report("operation '" + operation + "' is not \"VERB /path\", e.g. GET /api/v1/devices"
                    + Suggestions.closestHint(operation, operations.keys()));
            return Optional.empty();
        }
        String key = matcher.group(1).toUpperCase(Locale.ROOT) + " " + matcher.group(2);
        Optional<SpecOperation> found = operations.find(key);
        if (found.isEmpty()) {
            report.report("operation '" + operation + "' matches no operation of openapi.yaml"
                    + (operations.keys().isEmpty() ? ", which has none" : Suggestions.closestHint(key, operations.keys())));
        }
        return found;
    }

    private PagingModel paging(PagingReference pagination, MethodClass method, Problems.Reporter report) {
        if (method == null) {
            return null;
        }
        if (method != MethodClass.LIST) {
            if (pagination != null) {
                report.report("pagination is only for list tools, and method is " + method.wireName()
                        + "; remove it or make the method list");
            }
            return null;
        }
        Map<String, PaginationStyle> styles = definition.pagingStyles();
        String defined = styles.isEmpty() ? "vendor.yaml defines no pagination styles"
                : "vendor.yaml defines: " + String.join(", ", styles.keySet());
        if (pagination == null) {
            report.report("a list tool needs pagination: {style: ..., items: ...}; " + defined);
            return null;
        }
        if (pagination.style() == null || pagination.style().isBlank()) {
            report.report("pagination.style is missing; " + defined);
            return null;
        }
        PaginationStyle style = styles.get(pagination.style());
        if (style == null) {
            report.report("unknown pagination style '" + pagination.style() + "'; " + defined
                    + (styles.isEmpty() ? "" : " (closest: " + Suggestions.closest(pagination.style(), styles.keySet(), 1).getFirst() + ")"));
            return null;
        }
        String items = pagination.items() == null ? "" : pagination.items();
        if (!items.isEmpty() && !items.startsWith("/")) {
            report.report("pagination.items '" + items + "' is not a JSON pointer: \"\" when the response is the array, else /name, e.g. /results");
            return null;
        }
        return new PagingModel(style, items);
    }

    private String otherStyles(PaginationStyle wrong) {
        List<String> others = definition.pagingStyles().keySet().stream().filter(n -> !n.equals(wrong.name())).toList();
        return others.isEmpty() ? "" : " (vendor.yaml also defines: " + String.join(", ", others) + ")";
    }

    private static void checkExamples(ToolRecord record, List<ArgumentModel> arguments, Problems.Reporter report) {
        List<String> names = arguments.stream().map(ArgumentModel::name).toList();
        for (int i = 0; i < record.examples().size(); i++) {
            ExampleRecord example = record.examples().get(i);
            if (example == null) {
                report.report("examples[" + i + "] is empty");
                continue;
            }
            for (String argument : example.arguments().keySet()) {
                if (!names.contains(argument)) {
                    report.report("examples[" + i + "].arguments: '" + argument + "' is not an argument of "
                            + record.name() + (names.isEmpty() ? ", which takes none" : Suggestions.closestHint(argument, names)));
                }
            }
        }
    }

    private static ObjectNode inputSchema(List<ArgumentModel> arguments) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (ArgumentModel argument : arguments) {
            properties.set(argument.name(), InputSchemas.of(argument.type(), argument.description()));
            if (argument.required()) {
                required.add(argument.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}

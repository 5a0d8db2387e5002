package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.codegen.problem.Problems;
import dev.mdmmcp.codegen.spec.ToolRecord.ArgumentAdjustment;
import dev.mdmmcp.codegen.text.HtmlText;
import dev.mdmmcp.codegen.types.ListType;
import dev.mdmmcp.codegen.types.MemberNames;
import dev.mdmmcp.codegen.types.ScalarType;
import dev.mdmmcp.codegen.types.TypeMapper;
import dev.mdmmcp.codegen.types.TypeScope;
import dev.mdmmcp.codegen.types.ValueType;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.pagination.PaginationStyle;
import dev.mdmmcp.spelling.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies a record's {@code arguments:} adjustments to what the spec offers, adds {@code limit}
 * and {@code next_cursor} to lists, refuses name collisions and decides each argument's type.
 */
final class ArgumentPlanner {

    static final String LIMIT = "limit";
    static final String NEXT_CURSOR = "next_cursor";
    static final String FIELDS = "fields";
    /** The {@code fields} value that asks for the vendor's whole record. */
    static final String WHOLE_RECORD = "*";
    private static final List<String> QUALIFIERS = List.of("path.", "query.", "header.", "body.");

    private final TypeMapper types;

    ArgumentPlanner(TypeMapper types) {
        this.types = types;
    }

    /**
     * @param paging the list's paging style, or {@code null} for other tools
     * @param projection the values the {@code fields} argument takes, or empty for a tool without it
     * @return the arguments, or empty when a problem was reported
     */
    Optional<List<ArgumentModel>> plan(List<SpecArgument> offered, Map<String, ArgumentAdjustment> adjustments,
            PaginationStyle paging, List<String> projection, String argumentsClassName, String operation,
            Problems.Reporter report) {
        TrackingReporter tracked = new TrackingReporter(report);
        Map<SpecArgument, ArgumentAdjustment> adjusted = new IdentityHashMap<>();
        adjustments.forEach((key, adjustment) -> match(key, adjustment, offered, paging, operation, tracked)
                .ifPresent(argument -> adjusted.put(argument, adjustment)));

        List<Planned> planned = new ArrayList<>();
        for (SpecArgument argument : offered) {
            ArgumentAdjustment adjustment = adjusted.get(argument);
            if (adjustment != null && adjustment.excluded()) {
                if (argument.required()) {
                    tracked.report("arguments: " + argument.describe() + " is required by " + operation
                            + " and cannot be excluded");
                }
                continue;
            }
            String name = adjustment != null && adjustment.name() != null ? adjustment.name() : argument.defaultName();
            if (adjustment != null && adjustment.name() != null && !SpecArgument.VALID_NAME.matcher(name).matches()) {
                tracked.report("arguments: new name '" + name + "' of " + argument.describe()
                        + " is not a valid argument name (letters, digits and _, not starting with a digit, at most 64)");
            }
            String description = adjustment != null && adjustment.description() != null
                    ? adjustment.description().strip()
                    : HtmlText.clean(argument.description());
            planned.add(new Planned(argument, name, description, offered));
        }
        if (paging != null) {
            planned.add(Planned.serverSide(LIMIT));
            planned.add(Planned.serverSide(NEXT_CURSOR));
        }
        if (!projection.isEmpty()) {
            planned.add(Planned.serverSide(FIELDS));
        }
        reportCollisions(planned, tracked);
        if (tracked.reported()) {
            return Optional.empty();
        }

        TypeScope scope = TypeScope.inside(argumentsClassName);
        List<ArgumentModel> arguments = new ArrayList<>();
        for (Planned argument : planned) {
            arguments.add(argument.spec == null && FIELDS.equals(argument.name) ? fieldsArgument(projection)
                    : argument.spec == null ? pagingArgument(argument.name, paging)
                    : new ArgumentModel(argument.name, argument.spec.wireName(), argument.spec.location(),
                            argument.spec.listFormat(), argument.spec.required(), argument.description,
                            types.map(argument.spec.schema(), JavaNames.typeName(argument.name), scope),
                            MemberNames.javaNameOf(argument.name)));
        }
        return Optional.of(arguments);
    }

    private static Optional<SpecArgument> match(String key, ArgumentAdjustment adjustment, List<SpecArgument> offered,
            PaginationStyle paging, String operation, Problems.Reporter report) {
        List<SpecArgument> matches = offered.stream().filter(a -> a.wireName().equals(key)).toList();
        if (matches.isEmpty()) {
            matches = offered.stream().filter(a -> a.qualifiedKey().equals(key)).toList();
        }
        if (matches.isEmpty()) {
            String plain = QUALIFIERS.stream().filter(key::startsWith).findFirst()
                    .map(q -> key.substring(q.length())).orElse(key);
            if (paging != null && paging.ownedParameters().contains(plain)) {
                report.report("arguments: '" + key + "' is set by pagination style '" + paging.name()
                        + "' and is never an argument; the model pages with limit and next_cursor");
            } else {
                List<String> names = offered.stream().map(SpecArgument::wireName).distinct().toList();
                report.report("arguments: '" + key + "' names no parameter or body property of " + operation
                        + (names.isEmpty() ? ", which takes none" : Suggestions.closestHint(key, names)));
            }
            return Optional.empty();
        }
        if (matches.size() > 1) {
            report.report("arguments: '" + key + "' is ambiguous: " + matches.stream().map(SpecArgument::describe)
                    .collect(Collectors.joining(" and ")) + "; write " + matches.stream().map(SpecArgument::qualifiedKey)
                    .collect(Collectors.joining(" or ")));
            return Optional.empty();
        }
        if (adjustment == null || !adjustment.excluded() && adjustment.name() == null && adjustment.description() == null) {
            report.report("arguments: '" + key + "' adjusts nothing; give exclude: true, name: or description:");
            return Optional.empty();
        }
        return Optional.of(matches.getFirst());
    }

    private static void reportCollisions(List<Planned> planned, Problems.Reporter report) {
        Map<String, List<Planned>> byName = new LinkedHashMap<>();
        Map<String, List<Planned>> byJavaName = new LinkedHashMap<>();
        for (Planned argument : planned) {
            byName.computeIfAbsent(argument.name, k -> new ArrayList<>()).add(argument);
            byJavaName.computeIfAbsent(MemberNames.javaNameOf(argument.name), k -> new ArrayList<>()).add(argument);
        }
        for (List<Planned> same : byName.values()) {
            if (same.size() > 1) {
                report.report("arguments collide: " + same.stream().map(Planned::describe).collect(Collectors.joining(" and "))
                        + " are all named '" + same.getFirst().name + "'; " + renameHint(same));
            }
        }
        for (Map.Entry<String, List<Planned>> same : byJavaName.entrySet()) {
            Set<String> names = same.getValue().stream().map(p -> p.name).collect(Collectors.toSet());
            if (names.size() > 1) {
                report.report("arguments collide: " + same.getValue().stream().map(Planned::describe)
                        .collect(Collectors.joining(" and ")) + " all become the Java name " + same.getKey() + "; "
                        + renameHint(same.getValue()));
            }
        }
    }

    /** {@code rename one, e.g. arguments: {body.id: {name: body_id}}}, naming one the record can rename. */
    private static String renameHint(List<Planned> same) {
        Planned renamable = same.stream().filter(p -> p.spec != null).reduce((a, b) -> b).orElse(null);
        if (renamable == null) {
            return "rename one";
        }
        String key = renamable.sharedWireName() ? renamable.spec.qualifiedKey() : renamable.spec.wireName();
        String hint = "rename one, e.g. arguments: {" + key + ": {name: " + renamable.spec.locationWord() + "_"
                + JavaNames.snakeName(renamable.name) + "}}";
        return renamable.spec.required() ? hint : hint + ", or exclude it: {" + key + ": {exclude: true}}";
    }

    private static ArgumentModel pagingArgument(String name, PaginationStyle paging) {
        if (LIMIT.equals(name)) {
            ValueType type = new ScalarType(ScalarType.Kind.INTEGER, null, BigDecimal.ONE,
                    BigDecimal.valueOf(paging.maxPageSize()), null, null, null, null, null);
            return new ArgumentModel(LIMIT, LIMIT, null, ListFormat.REPEATED, false,
                    "How many items to return in this call (default " + paging.defaultPageSize() + ", at most "
                            + paging.maxPageSize() + ").",
                    type, MemberNames.javaNameOf(LIMIT));
        }
        return new ArgumentModel(NEXT_CURSOR, NEXT_CURSOR, null, ListFormat.REPEATED, false,
                "The next_cursor of the previous result, passed back unchanged, to get the next page; omit it for the first page.",
                ScalarType.of(ScalarType.Kind.STRING), MemberNames.javaNameOf(NEXT_CURSOR));
    }

    /**
     * {@code fields}: the curated fields the model may pick from (dotted paths), and {@code "*"}
     * when the record allows the whole vendor record.
     */
    private static ArgumentModel fieldsArgument(List<String> projection) {
        boolean whole = projection.contains(WHOLE_RECORD);
        ValueType name = new ScalarType(ScalarType.Kind.STRING, null, null, null, null, null, null, null,
                List.copyOf(projection));
        return new ArgumentModel(FIELDS, FIELDS, null, ListFormat.REPEATED, false,
                "Only these fields of each result, when a few are enough (e.g. two columns of a large list); default:"
                        + " all listed." + (whole ? " [\"*\"]: the vendor's whole record." : ""),
                new ListType(name), MemberNames.javaNameOf(FIELDS));
    }

    /** An argument on its way: the spec's, or (without spec) one the server reads itself. */
    private record Planned(SpecArgument spec, String name, String description, List<SpecArgument> offered) {

        static Planned serverSide(String name) {
            return new Planned(null, name, null, List.of());
        }

        String describe() {
            return spec == null && FIELDS.equals(name) ? "the argument 'fields' of list and get tools"
                    : spec == null ? "the paging argument '" + name + "' of list tools" : spec.describe();
        }

        boolean sharedWireName() {
            return offered.stream().filter(a -> a.wireName().equals(spec.wireName())).count() > 1;
        }
    }
}

package dev.mdmmcp.server.discovery;

import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.ArgumentProblem.Violation;
import dev.mdmmcp.server.result.ArgumentProblem.Violation.Rule;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one meta-tool call, checked as the pipeline checks a tool's: unknown names
 * refused with the valid ones, wrong types named. Failures are {@link ToolFailure}s.
 */
final class MetaArguments {

    private final String tool;
    private final Map<String, Object> arguments;

    private MetaArguments(String tool, Map<String, Object> arguments) {
        this.tool = tool;
        this.arguments = arguments;
    }

    static MetaArguments of(String tool, Map<String, Object> arguments, List<String> valid) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        List<String> unknown = given.keySet().stream().filter(name -> !valid.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw invalid(tool, new ArgumentProblem.Unknown(unknown, valid));
        }
        return new MetaArguments(tool, given);
    }

    String requiredText(String name) {
        return text(name).orElseThrow(() -> invalid(tool, new ArgumentProblem.Missing(name)));
    }

    Optional<String> text(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid(tool, new Violation(name, Rule.NON_EMPTY_STRING));
        }
        return Optional.of(text);
    }

    List<String> texts(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
            throw invalid(tool, new Violation(name, Rule.STRING_ARRAY));
        }
        return list.stream().map(String.class::cast).toList();
    }

    int integer(String name, int defaultValue, int min, int max) {
        Object value = arguments.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < min
                || ((Number) value).longValue() > max) {
            throw invalid(tool, new Violation(name, Rule.INTEGER_RANGE, String.valueOf(min), String.valueOf(max)));
        }
        return ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(tool, new Violation(name, Rule.TOOL_ARGUMENTS_OBJECT));
        }
        return (Map<String, Object>) map;
    }

    static ToolFailure invalid(String tool, ArgumentProblem problem) {
        return new ToolFailure(new FailureReason.InvalidArguments(tool, List.of(problem)));
    }
}

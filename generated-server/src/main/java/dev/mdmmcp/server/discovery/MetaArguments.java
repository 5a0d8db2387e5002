package dev.mdmmcp.server.discovery;

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
            throw invalid(tool, (unknown.size() == 1 ? "unknown argument " : "unknown arguments ")
                    + String.join(", ", unknown.stream().map(name -> "'" + name + "'").toList())
                    + " (valid arguments: " + String.join(", ", valid) + ")");
        }
        return new MetaArguments(tool, given);
    }

    String requiredText(String name) {
        return text(name).orElseThrow(() -> invalid(tool, "missing required argument '" + name + "'"));
    }

    Optional<String> text(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid(tool, "argument '" + name + "' must be a non-empty string");
        }
        return Optional.of(text);
    }

    List<String> texts(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(item -> !(item instanceof String))) {
            throw invalid(tool, "argument '" + name + "' must be an array of strings");
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
            throw invalid(tool, "argument '" + name + "' must be an integer from " + min + " to " + max);
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
            throw invalid(tool, "argument '" + name + "' must be an object: the tool's own arguments");
        }
        return (Map<String, Object>) map;
    }

    static ToolFailure invalid(String tool, String problem) {
        return ToolFailure.invalidArguments("Invalid arguments for " + tool + ": " + problem + ".");
    }
}

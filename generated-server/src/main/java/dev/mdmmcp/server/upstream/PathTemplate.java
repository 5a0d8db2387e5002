package dev.mdmmcp.server.upstream;

import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {name}} placeholders of an operation's path, found once per tool; {@link #expand}
 * fills them per call. Each value becomes exactly one path segment: it is percent-encoded, and
 * {@code .} and {@code ..} are refused because dots are unreserved (encoding leaves them as they
 * are) and URL normalisation would read such a segment as "this" or "parent" directory.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    /** The text before each placeholder, then the text after the last one. */
    private final List<String> literals;
    /** The wire name of each placeholder, in order. */
    private final List<String> placeholders;

    private PathTemplate(List<String> literals, List<String> placeholders) {
        this.literals = List.copyOf(literals);
        this.placeholders = List.copyOf(placeholders);
    }

    /** @param template the path, e.g. {@code /api/v1/devices/{device_id}} */
    public static PathTemplate compile(String template) {
        List<String> literals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int end = 0;
        while (matcher.find()) {
            literals.add(template.substring(end, matcher.start()));
            placeholders.add(matcher.group(1));
            end = matcher.end();
        }
        literals.add(template.substring(end));
        return new PathTemplate(literals, placeholders);
    }

    /**
     * @param values the raw value of each placeholder, by wire name
     * @param argumentNames the model's argument name of each placeholder, for error messages
     * @throws ToolFailure when a value is missing, empty, {@code .} or {@code ..}
     */
    public String expand(Map<String, String> values, Map<String, String> argumentNames) {
        StringBuilder path = new StringBuilder(literals.getFirst());
        for (int i = 0; i < placeholders.size(); i++) {
            String wireName = placeholders.get(i);
            String argument = argumentNames.getOrDefault(wireName, wireName);
            String value = values.get(wireName);
            if (value == null) {
                throw invalid(new ArgumentProblem.Missing(argument));
            }
            if (value.isEmpty() || value.equals(".") || value.equals("..")) {
                throw invalid(new ArgumentProblem.NotAnId(argument, value));
            }
            path.append(PercentEncoder.encode(value)).append(literals.get(i + 1));
        }
        return path.toString();
    }

    private static ToolFailure invalid(ArgumentProblem problem) {
        return new ToolFailure(FailureReason.InvalidArguments.of(problem));
    }
}

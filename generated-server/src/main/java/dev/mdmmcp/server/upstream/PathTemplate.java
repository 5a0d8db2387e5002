package dev.mdmmcp.server.upstream;

import dev.mdmmcp.server.result.ToolFailure;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {name}} placeholders of an operation's path. Each value becomes exactly one
 * path segment: it is percent-encoded, and {@code .} and {@code ..} are refused because dots are
 * unreserved (encoding leaves them as they are) and URL normalisation would read such a segment
 * as "this" or "parent" directory.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private PathTemplate() {
    }

    /**
     * @param template the path, e.g. {@code /api/v1/devices/{device_id}}
     * @param values the raw value of each placeholder, by wire name
     * @param argumentNames the model's argument name of each placeholder, for error messages
     * @throws ToolFailure when a value is missing, empty, {@code .} or {@code ..}
     */
    public static String expand(String template, Map<String, String> values, Map<String, String> argumentNames) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (placeholders.find()) {
            String wireName = placeholders.group(1);
            String argument = argumentNames.getOrDefault(wireName, wireName);
            String value = values.get(wireName);
            if (value == null) {
                throw ToolFailure.invalidArguments("missing required argument '" + argument + "'");
            }
            if (value.isEmpty() || value.equals(".") || value.equals("..")) {
                throw ToolFailure.invalidArguments("argument '" + argument + "' must be an id, not '" + value
                        + "': pass the value a list or get tool returned");
            }
            placeholders.appendReplacement(path, Matcher.quoteReplacement(PercentEncoder.encode(value)));
        }
        placeholders.appendTail(path);
        return path.toString();
    }
}

package dev.mdmmcp.server.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.mdmmcp.spelling.Suggestions;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One map of a {@link StrictInput} at a known key path. A value that is wrong is recorded as a
 * {@link Problem} naming its full key path, and reads as absent, so that reading goes on and
 * every problem is found; the one rule for overrides ({@link Overrides}), for "(from VAR)" and
 * for never quoting secrets lives here.
 */
public final class StrictNode {

    /** Turns a scalar into a value, or throws a {@link Refusal} saying what is wrong with it. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(BoundValue value);
    }

    private static final int MAX_SHOWN_KEY_LENGTH = 100;

    private final StrictInput input;
    private final List<String> path;
    private final JsonNode node;

    StrictNode(StrictInput input, List<String> path, JsonNode node) {
        this.input = input;
        this.path = List.copyOf(path);
        this.node = node == null || node.isNull() ? MissingNode.getInstance() : node;
    }

    /** The full key path of {@code key} under this map, like {@code accounts.kandji-prod.base_url}. */
    public String keyPath(String key) {
        return String.join(".", pathOf(key));
    }

    /** The input this map belongs to. */
    public StrictInput input() {
        return input;
    }

    /**
     * Records that the value at {@code key} is wrong; {@code problem} follows the key path, like
     * {@code must be true or false, got 'yes'}. When a variable set the value, the message says so.
     */
    public void refuse(String key, String problem) {
        List<String> full = pathOf(key);
        String from = input.overrides().valueFor(full).flatMap(value -> input.overrides().variable(full))
                .map(variable -> " (from " + variable + ")").orElse("");
        input.add(new Problem(keyPath(key), keyPath(key) + " " + problem + from));
    }

    /** Records a problem at {@code key} whose sentence names the key itself, like {@code changing base_url needs ...}. */
    public void refuseSentence(String key, String sentence) {
        input.add(new Problem(keyPath(key), sentence));
    }

    /** Records that this map as a whole is wrong, like {@code selects no tool of kandji}. */
    public void refuse(String problem) {
        String where = String.join(".", path);
        input.add(new Problem(where, where.isEmpty() ? problem : where + " " + problem));
    }

    /**
     * Records every key not in {@code valid}, with the closest valid one when there is a near one;
     * a key with a problem of its own already recorded is left at that one.
     */
    public void rejectUnknownKeys(Collection<String> valid, String what) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!valid.contains(name) && input.problems().stream().noneMatch(known -> known.keyPath().equals(keyPath(name)))) {
                String shown = PrintableText.of(name.length() > MAX_SHOWN_KEY_LENGTH
                        ? name.substring(0, MAX_SHOWN_KEY_LENGTH) + "..." : name);
                String nearest = Suggestions.closest(name, valid, 1).stream()
                        .filter(candidate -> Suggestions.distance(name, candidate) <= Math.max(2, name.length() / 3))
                        .map(candidate -> " (did you mean " + candidate + "?)").findFirst().orElse("");
                String where = keyPath(shown);
                input.add(new Problem(where, where + " is not " + what + nearest + "; valid: " + String.join(", ", valid)));
            }
        }
    }

    /** Whether the map names {@code key} at all, even as {@code null}. */
    public boolean names(String key) {
        return node.has(key);
    }

    /** Whether {@code key} has a value: in the input (not {@code null}) or from an override. */
    public boolean has(String key) {
        return input.overrides().valueFor(pathOf(key)).isPresent() || present(key) != null;
    }

    /** The value of {@code key} as the input has it, any JSON; empty when absent or {@code null}. */
    public Optional<JsonNode> raw(String key) {
        return Optional.ofNullable(present(key));
    }

    /** The scalar at {@code key}: its override when set, else the input's value. */
    public Optional<BoundValue> scalar(String key) {
        return scalar(key, false);
    }

    /** Like {@link #scalar}, for a credential, key or token: messages never quote it. */
    public Optional<BoundValue> secret(String key) {
        return scalar(key, true);
    }

    /** Like {@link #scalar}; absent is a problem that says where to set it. */
    public Optional<BoundValue> required(String key) {
        return required(key, false);
    }

    /** Like {@link #secret}; absent is a problem that says where to set it. */
    public Optional<BoundValue> requiredSecret(String key) {
        return required(key, true);
    }

    /** The scalar at {@code key} turned into a value by {@code parser}; a refusal is recorded and reads as absent. */
    public <T> Optional<T> read(String key, Parser<T> parser) {
        return read(scalar(key), key, parser);
    }

    /** Like {@link #read}, for a scalar already read (a {@link #required} or {@link #secret} one). */
    public <T> Optional<T> read(Optional<BoundValue> value, String key, Parser<T> parser) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(value.get()));
        } catch (Refusal refusal) {
            refuse(key, refusal.getMessage());
            return Optional.empty();
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public Optional<Integer> integer(String key, int min, int max) {
        return wholeNumber(key, min, max, "a whole number").map(Long::intValue);
    }

    /** A whole number from {@code min} to {@code max}; {@code what} names it, like {@code a whole number of bytes}. */
    public Optional<Long> wholeNumber(String key, long min, long max, String what) {
        String expected = what + " from " + min + " to " + max;
        return read(key, value -> {
            refuseJsonString(value, expected);
            try {
                long number = Long.parseLong(value.text().trim());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new Refusal("must be " + expected + ", got " + value.shown());
        });
    }

    /** Seconds, decimals allowed ({@code 2}, {@code 0.5}), from {@code min} to {@code max}. */
    public Optional<Duration> seconds(String key, String min, String max) {
        String expected = "a number of seconds from " + min + " to " + max;
        return read(key, value -> {
            refuseJsonString(value, expected);
            try {
                BigDecimal seconds = new BigDecimal(value.text().trim());
                if (seconds.compareTo(new BigDecimal(min)) >= 0 && seconds.compareTo(new BigDecimal(max)) <= 0) {
                    return Duration.ofMillis(seconds.movePointRight(3).longValue());
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new Refusal("must be " + expected + ", got " + value.shown());
        });
    }

    /** {@code true} or {@code false}. */
    public Optional<Boolean> bool(String key) {
        return read(key, value -> {
            if (value.jsonString()) {
                throw new Refusal("must be true or false");
            }
            return switch (value.text().trim()) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new Refusal("must be true or false, got " + value.shown());
            };
        });
    }

    /** Text: in typed JSON a JSON string. */
    public Optional<String> text(String key) {
        JsonNode given = present(key);
        if (input.typedJson() && given != null && !given.isTextual()) {
            refuse(key, "must be a string");
            return Optional.empty();
        }
        return scalar(key).map(BoundValue::text);
    }

    /** Text on one line: not blank, at most {@code maxLength} characters, without control characters. */
    public Optional<String> singleLine(String key, int maxLength) {
        return text(key).flatMap(text -> {
            if (text.isBlank()) {
                refuse(key, "must not be empty");
            } else if (text.length() > maxLength) {
                refuse(key, "must be at most " + maxLength + " characters long");
            } else if (text.codePoints().anyMatch(PrintableText::isControl)) {
                refuse(key, "must not contain control characters (line breaks, tabs, NUL and the like)");
            } else {
                return Optional.of(text);
            }
            return Optional.empty();
        });
    }

    /** Like {@link #singleLine}; absent is a problem. */
    public Optional<String> requiredSingleLine(String key, int maxLength) {
        if (!has(key)) {
            refuse(key, "is required");
            return Optional.empty();
        }
        return singleLine(key, maxLength);
    }

    /** Whether {@code key} holds a list in the input (overrides give single values only). */
    public boolean isList(String key) {
        JsonNode value = present(key);
        return value != null && value.isArray();
    }

    /** A list of scalars (typed JSON: of strings), repeats dropped, in the given order; absent gives empty. Overrides do not set lists. */
    public Optional<List<String>> list(String key) {
        JsonNode value = present(key);
        if (value == null) {
            return Optional.empty();
        }
        String expected = input.typedJson() ? "must be a list of strings" : "must be a list of single values";
        if (!value.isArray()) {
            refuse(key, input.typedJson() ? expected
                    : "must be a list, e.g. [" + (value.isValueNode() ? value.asText() : "...") + "]");
            return Optional.empty();
        }
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull() || input.typedJson() && !item.isTextual()) {
                refuse(key, expected);
                return Optional.empty();
            }
            if (item.asText().length() > PrintableText.MAX_LENGTH) {
                refuse(key, "holds a string longer than " + PrintableText.MAX_LENGTH + " characters");
                return Optional.empty();
            }
            items.add(item.asText());
        }
        return Optional.of(List.copyOf(items));
    }

    /** The map at {@code key}; absent (or wrong, which is recorded) gives an empty map whose scalars overrides may still set. */
    public StrictNode child(String key) {
        return map(key, "must be a map").orElseGet(() -> new StrictNode(input, pathOf(key), null));
    }

    /** The map at {@code key}, when the input has one there (in typed JSON: a JSON object). */
    public Optional<StrictNode> object(String key) {
        return map(key, input.typedJson() ? "must be a JSON object" : "must be a map");
    }

    private Optional<StrictNode> map(String key, String problem) {
        JsonNode value = present(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            refuse(key, problem);
            return Optional.empty();
        }
        return Optional.of(new StrictNode(input, pathOf(key), value));
    }

    /** The entries of the map at {@code key}, each a map of settings, in input order; absent gives none. */
    public Map<String, StrictNode> entries(String key) {
        JsonNode value = present(key);
        Map<String, StrictNode> entries = new LinkedHashMap<>();
        if (value == null) {
            return entries;
        }
        if (!value.isObject()) {
            refuse(key, "must be a map of names to settings");
            return entries;
        }
        value.properties().forEach(field -> {
            if (field.getKey().isBlank()) {
                refuse(key, "has an entry without a name");
            } else if (!field.getValue().isObject() && !field.getValue().isNull()) {
                refuse(key + "." + field.getKey(), "must be a map of settings");
            } else {
                List<String> entryPath = pathOf(key);
                entryPath.add(field.getKey());
                entries.put(field.getKey(), new StrictNode(input, entryPath, field.getValue()));
            }
        });
        return entries;
    }

    private Optional<BoundValue> scalar(String key, boolean secret) {
        Optional<String> overridden = input.overrides().valueFor(pathOf(key));
        if (overridden.isPresent()) {
            return Optional.of(new BoundValue(overridden.get(), secret, false));
        }
        JsonNode value = present(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            refuse(key, "must be a single value, not a list or map");
            return Optional.empty();
        }
        String text = value.asText();
        if (input.typedJson() && text.length() > PrintableText.MAX_LENGTH) {
            refuse(key, "must be at most " + PrintableText.MAX_LENGTH + " characters long");
            return Optional.empty();
        }
        return Optional.of(new BoundValue(text, secret, input.typedJson() && value.isTextual()));
    }

    private Optional<BoundValue> required(String key, boolean secret) {
        if (absent(key)) {
            refuse(key, input.overrides().variable(pathOf(key))
                    .map(variable -> "is required: set it in " + input.source() + " or in " + variable)
                    .orElse("is required"));
            return Optional.empty();
        }
        return scalar(key, secret);
    }

    /** No override and no value. */
    private boolean absent(String key) {
        if (input.overrides().valueFor(pathOf(key)).isPresent()) {
            return false;
        }
        return present(key) == null;
    }

    private static void refuseJsonString(BoundValue value, String expected) {
        if (value.jsonString()) {
            throw new Refusal("must be " + expected + " as a JSON number, not the string \""
                    + (value.secret() ? "..." : PrintableText.of(value.text())) + "\"");
        }
    }

    /** The input's value at {@code key}; {@code null} when absent or {@code null}, and in a file when empty too. */
    private JsonNode present(String key) {
        JsonNode value = node.get(key);
        boolean emptyInFile = !input.typedJson() && value != null && value.isTextual() && value.textValue().isEmpty();
        return value == null || value.isNull() || value.isMissingNode() || emptyInFile ? null : value;
    }

    private List<String> pathOf(String key) {
        List<String> full = new ArrayList<>(path);
        full.add(key);
        return full;
    }
}

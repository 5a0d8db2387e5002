package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request's JSON object field by field. Every problem is an {@link AdminProblem#invalid}
 * naming the field by its path ({@code credentials.api_token}); a value is never quoted, since it
 * may be a credential. A JSON {@code null} counts as absent. No string is longer than
 * {@link #MAX_STRING_LENGTH}, and text fields hold no control characters (a name with a line
 * break could pass for another line of a log).
 */
final class JsonFields {

    /** The longest string any field takes (the longest column of the store, a base URL, holds as much). */
    static final int MAX_STRING_LENGTH = 2048;

    private final ObjectNode node;
    private final String prefix;

    private JsonFields(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The fields of a request body (see {@link AdminBody}). */
    static JsonFields of(ObjectNode body) {
        return new JsonFields(body, "");
    }

    String path(String field) {
        return prefix + field;
    }

    /** Fails on the first field not in {@code valid}. */
    JsonFields allowOnly(Collection<String> valid) {
        node.fieldNames().forEachRemaining(name -> {
            if (!valid.contains(name)) {
                String shown = printable(name.length() > 100 ? name.substring(0, 100) + "..." : name);
                throw AdminProblem.invalid(path(shown), path(shown) + " is not a known field; valid: " + String.join(", ", valid));
            }
        });
        return this;
    }

    /** Whether the object names {@code field} at all, even as {@code null}. */
    boolean names(String field) {
        return node.has(field);
    }

    /** The value of {@code field} as sent, any JSON; empty when absent or {@code null}. */
    Optional<JsonNode> value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    Optional<String> string(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw AdminProblem.invalid(path(field), path(field) + " must be a string");
        }
        if (value.textValue().length() > MAX_STRING_LENGTH) {
            throw AdminProblem.invalid(path(field), path(field) + " must be at most " + MAX_STRING_LENGTH
                    + " characters long");
        }
        return Optional.of(value.textValue());
    }

    /** A string that is present and not blank, at most {@code maxLength} characters. */
    String requiredText(String field, int maxLength) {
        String value = string(field).orElseThrow(() -> AdminProblem.invalid(path(field), path(field) + " is required"));
        return text(field, value, maxLength);
    }

    Optional<String> optionalText(String field, int maxLength) {
        return string(field).map(value -> text(field, value, maxLength));
    }

    private String text(String field, String value, int maxLength) {
        if (value.isBlank()) {
            throw AdminProblem.invalid(path(field), path(field) + " must not be empty");
        }
        if (value.length() > maxLength) {
            throw AdminProblem.invalid(path(field), path(field) + " must be at most " + maxLength + " characters long");
        }
        if (value.codePoints().anyMatch(JsonFields::isControl)) {
            throw AdminProblem.invalid(path(field), path(field) + " must not contain control characters"
                    + " (line breaks, tabs, NUL and the like)");
        }
        return value;
    }

    /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
    static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** {@code text} with control characters shown as a backslash, {@code u} and four hex digits, safe to put into a message. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_STRING_LENGTH).forEach(c -> out.append(isControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out.toString();
    }

    Optional<Boolean> bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw AdminProblem.invalid(path(field), path(field) + " must be true or false");
        }
        return Optional.of(value.booleanValue());
    }

    /** A non-empty list of strings, without repeats, in the given order. */
    Optional<List<String>> strings(String field, String whyNotEmpty) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            throw AdminProblem.invalid(path(field), path(field) + " must be a list of strings");
        }
        if (value.isEmpty()) {
            throw AdminProblem.invalid(path(field), path(field) + " is empty, " + whyNotEmpty);
        }
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw AdminProblem.invalid(path(field), path(field) + " must be a list of strings");
            }
            if (item.textValue().length() > MAX_STRING_LENGTH) {
                throw AdminProblem.invalid(path(field), path(field) + " holds a string longer than " + MAX_STRING_LENGTH
                        + " characters");
            }
            items.add(item.textValue());
        }
        return Optional.of(List.copyOf(items));
    }

    Optional<JsonFields> object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!(value instanceof ObjectNode object)) {
            throw AdminProblem.invalid(path(field), path(field) + " must be a JSON object");
        }
        return Optional.of(new JsonFields(object, path(field) + "."));
    }
}

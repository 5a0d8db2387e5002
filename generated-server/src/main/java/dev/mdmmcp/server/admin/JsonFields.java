package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a request's JSON object field by field. Every problem is an {@link AdminProblem#invalid}
 * naming the field by its path ({@code credentials.api_token}); a value is never quoted, since it
 * may be a credential. A JSON {@code null} counts as absent.
 */
final class JsonFields {

    private final ObjectNode node;
    private final String prefix;

    private JsonFields(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The request body, which must be one JSON object. */
    static JsonFields body(ServerRequest request, ObjectMapper mapper) {
        if (!request.content().hasEntity()) {
            throw AdminProblem.invalid(null, "the request needs a JSON object body");
        }
        JsonNode body;
        try {
            body = mapper.readTree(request.content().as(String.class));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw AdminProblem.invalid(null, "the body is not valid JSON" + where);
        }
        if (!(body instanceof ObjectNode object)) {
            throw AdminProblem.invalid(null, "the body must be a JSON object");
        }
        return new JsonFields(object, "");
    }

    String path(String field) {
        return prefix + field;
    }

    /** Fails on the first field not in {@code valid}. */
    JsonFields allowOnly(Collection<String> valid) {
        node.fieldNames().forEachRemaining(name -> {
            if (!valid.contains(name)) {
                throw AdminProblem.invalid(path(name), path(name) + " is not a known field; valid: " + String.join(", ", valid));
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
        return Optional.of(value.asText());
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
        return value;
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
            items.add(item.asText());
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

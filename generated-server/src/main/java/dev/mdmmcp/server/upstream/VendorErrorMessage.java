package dev.mdmmcp.server.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The human message inside a vendor's error body: the common JSON shapes ({@code message},
 * {@code error_description}, {@code error.message}, {@code error}, {@code detail}, {@code title},
 * {@code errors[0]...}, {@code errorMessage}), else the first 500 characters of the text.
 */
public final class VendorErrorMessage {

    static final int MAX_LENGTH = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> MESSAGE_FIELDS =
            List.of("message", "error_description", "errorMessage", "detail", "title", "error", "resultCode");

    private VendorErrorMessage() {
    }

    public static Optional<String> from(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode json = MAPPER.readTree(text);
            Optional<String> message = messageIn(json);
            if (message.isPresent()) {
                return message.map(VendorErrorMessage::clean);
            }
        } catch (IOException e) {
            // Not JSON: the text itself is the message.
        }
        return Optional.of(clean(text));
    }

    private static Optional<String> messageIn(JsonNode json) {
        if (json == null) {
            return Optional.empty();
        }
        if (json.isTextual()) {
            return Optional.of(json.asText());
        }
        if (json.isArray() && !json.isEmpty()) {
            return messageIn(json.get(0));
        }
        if (!json.isObject()) {
            return Optional.empty();
        }
        for (String field : MESSAGE_FIELDS) {
            JsonNode value = json.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
            if (value != null && value.isObject()) {
                Optional<String> nested = messageIn(value);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        JsonNode errors = json.get("errors");
        if (errors != null && errors.isArray() && !errors.isEmpty()) {
            return messageIn(errors.get(0));
        }
        return Optional.empty();
    }

    /** One line, no control characters, at most {@value #MAX_LENGTH} characters. */
    static String clean(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return oneLine.length() <= MAX_LENGTH ? oneLine : oneLine.substring(0, MAX_LENGTH) + "...";
    }
}

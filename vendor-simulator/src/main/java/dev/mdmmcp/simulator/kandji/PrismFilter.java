package dev.mdmmcp.simulator.kandji;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.simulator.http.Json;
import dev.mdmmcp.simulator.http.VendorError;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code filter} parameter of the fleet inventory: a JSON object {@code {column: {operator:
 * operand}}}. Operators: {@code in}/{@code not_in} (exact, list of strings), {@code like}/
 * {@code not_like} (substring, case-insensitive, list), {@code eq}/{@code neq} (booleans or
 * strings), {@code lt}/{@code gt}/{@code lte}/{@code gte} (dates). Anything else is a 400 that
 * names the problem, as Kandji answers a bad filter.
 */
final class PrismFilter {

    private static final List<String> OPERATORS =
            List.of("in", "not_in", "like", "not_like", "eq", "neq", "lt", "gt", "lte", "gte");

    private PrismFilter() {
    }

    static Predicate<PrismRow> parse(String text, PrismCategory category) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw VendorError.badRequest("filter is not valid JSON.");
        }
        if (json == null || !json.isObject()) {
            throw VendorError.badRequest("filter must be a JSON object of the form {\"column\": {\"operator\": value}}.");
        }
        Predicate<PrismRow> all = row -> true;
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            Function<PrismRow, Object> column = category.columns.get(field.getKey());
            if (column == null) {
                throw VendorError.badRequest("Unknown filter column '" + field.getKey() + "' for " + category.name
                        + ". Columns: " + String.join(", ", category.columns.keySet()) + ".");
            }
            if (!field.getValue().isObject() || field.getValue().isEmpty()) {
                throw VendorError.badRequest("Filter of '" + field.getKey() + "' must be an object like {\"in\": [\"...\"]}.");
            }
            for (Map.Entry<String, JsonNode> operation : field.getValue().properties()) {
                all = all.and(condition(field.getKey(), column, operation.getKey(), operation.getValue()));
            }
        }
        return all;
    }

    private static Predicate<PrismRow> condition(String name, Function<PrismRow, Object> column, String operator,
            JsonNode operand) {
        return switch (operator) {
            case "in" -> {
                List<String> values = strings(name, operator, operand);
                yield row -> {
                    Object value = column.apply(row);
                    return value != null && values.contains(String.valueOf(value));
                };
            }
            case "not_in" -> {
                List<String> values = strings(name, operator, operand);
                yield row -> {
                    Object value = column.apply(row);
                    return value == null || !values.contains(String.valueOf(value));
                };
            }
            case "like", "not_like" -> {
                List<String> values = strings(name, operator, operand).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
                boolean negate = operator.equals("not_like");
                yield row -> {
                    Object value = column.apply(row);
                    String text = value == null ? "" : String.valueOf(value).toLowerCase(Locale.ROOT);
                    boolean matches = value != null && values.stream().anyMatch(text::contains);
                    return negate != matches;
                };
            }
            case "eq", "neq" -> {
                if (!operand.isValueNode() || operand.isNull()) {
                    throw VendorError.badRequest("Operator '" + operator + "' of '" + name + "' needs a boolean or a string.");
                }
                String expected = operand.asText();
                boolean negate = operator.equals("neq");
                yield row -> negate != expected.equalsIgnoreCase(String.valueOf(column.apply(row)));
            }
            case "lt", "gt", "lte", "gte" -> {
                OffsetDateTime bound = date(name, operator, operand);
                yield row -> {
                    Object value = column.apply(row);
                    if (value == null) {
                        return false;
                    }
                    int order = parseDate(String.valueOf(value)).compareTo(bound);
                    return switch (operator) {
                        case "lt" -> order < 0;
                        case "gt" -> order > 0;
                        case "lte" -> order <= 0;
                        default -> order >= 0;
                    };
                };
            }
            default -> throw VendorError.badRequest("Unknown filter operator '" + operator + "' for '" + name
                    + "'. Operators: " + String.join(", ", OPERATORS) + ".");
        };
    }

    private static List<String> strings(String name, String operator, JsonNode operand) {
        List<String> values = new ArrayList<>();
        if (operand.isArray()) {
            operand.forEach(value -> values.add(value.asText()));
        } else if (operand.isValueNode() && !operand.isNull()) {
            values.add(operand.asText());
        } else {
            throw VendorError.badRequest("Operator '" + operator + "' of '" + name + "' needs a list of strings.");
        }
        return values;
    }

    private static OffsetDateTime date(String name, String operator, JsonNode operand) {
        if (!operand.isTextual()) {
            throw VendorError.badRequest("Operator '" + operator + "' of '" + name + "' needs a date, e.g. \"2024-05-01T00:00:00Z\".");
        }
        try {
            return parseDate(operand.asText());
        } catch (DateTimeParseException e) {
            throw VendorError.badRequest("Operator '" + operator + "' of '" + name + "' needs a date, e.g. \"2024-05-01T00:00:00Z\", got '"
                    + operand.asText() + "'.");
        }
    }

    private static OffsetDateTime parseDate(String text) {
        String value = text.length() == 10 ? text + "T00:00:00Z" : text;
        return OffsetDateTime.parse(value);
    }
}

package dev.mdmmcp.simulator.http;

import io.helidon.common.parameters.Parameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Typed access to query parameters; a value that does not parse is the client's error (400). */
public final class Query {

    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Parameters parameters;

    public Query(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The first value, absent when missing or blank. */
    public Optional<String> text(String name) {
        return parameters.first(name).asOptional().map(String::trim).filter(value -> !value.isEmpty());
    }

    /** Every value, comma-separated lists split: {@code a=x,y&a=z} gives x, y, z. */
    public List<String> list(String name) {
        List<String> values = new ArrayList<>();
        if (!parameters.contains(name)) {
            return values;
        }
        for (String value : parameters.all(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    public Optional<Long> number(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            throw VendorError.badRequest("Query parameter '" + name + "' must be a whole number, got '" + text.get() + "'.");
        }
    }

    public int integer(String name, int absent) {
        return number(name).map(Math::toIntExact).orElse(absent);
    }

    public Optional<Boolean> bool(String name) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw VendorError.badRequest("Query parameter '" + name + "' must be true or false, got '"
                    + value + "'.");
        });
    }

    /** A date written as {@code yyyyMMdd}, NinjaOne's format for date filters. */
    public Optional<LocalDate> compactDate(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value, COMPACT_DATE);
            } catch (DateTimeParseException e) {
                throw VendorError.badRequest("Query parameter '" + name + "' must be a date as yyyyMMdd, got '" + value + "'.");
            }
        });
    }

    /** A date written as {@code yyyy-MM-dd} (a longer ISO date-time is cut to its date). */
    public Optional<LocalDate> isoDate(String name) {
        return text(name).map(value -> {
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                throw VendorError.badRequest("Query parameter '" + name + "' must be a date as yyyy-MM-dd, got '" + value + "'.");
            }
        });
    }
}

package dev.mdmmcp.codegen.model;

import dev.mdmmcp.codegen.naming.JavaNames;
import dev.mdmmcp.http.ListFormat;
import dev.mdmmcp.http.ParameterLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.regex.Pattern;

/**
 * An argument as the spec offers it, before a documentation record excludes, renames or
 * re-describes it.
 *
 * @param wireName the parameter or body property name
 * @param description the spec's text, raw
 */
public record SpecArgument(
        String wireName,
        ParameterLocation location,
        ListFormat listFormat,
        boolean required,
        String description,
        Schema<?> schema) {

    /** Names a model can send: what MCP clients accept, and short enough for them. */
    public static final Pattern VALID_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /** The wire name when a model can send it as is, else its snake_case form ({@code X-Request-ID} → {@code x_request_id}). */
    public String defaultName() {
        return VALID_NAME.matcher(wireName).matches() ? wireName : JavaNames.snakeName(wireName);
    }

    /** {@code path}, {@code query}, {@code header} or {@code body}: the qualifier of an {@code arguments:} key. */
    public String locationWord() {
        return locationWord(location);
    }

    public static String locationWord(ParameterLocation location) {
        return switch (location) {
            case PATH -> "path";
            case QUERY -> "query";
            case HEADER -> "header";
            case BODY_FIELD, BODY -> "body";
        };
    }

    /** {@code body.id}: the {@code arguments:} key that names only this argument. */
    public String qualifiedKey() {
        return locationWord() + "." + wireName;
    }

    /** {@code query parameter 'platform'}, {@code body property 'name'}, {@code the request body}. */
    public String describe() {
        return switch (location) {
            case PATH, QUERY, HEADER -> locationWord() + " parameter '" + wireName + "'";
            case BODY_FIELD -> "body property '" + wireName + "'";
            case BODY -> "the request body";
        };
    }
}

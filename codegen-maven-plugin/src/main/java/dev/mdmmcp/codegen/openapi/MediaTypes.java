package dev.mdmmcp.codegen.openapi;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the JSON media type out of a request body's or response's content. */
public final class MediaTypes {

    private MediaTypes() {
    }

    public static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return type.equals("application/json") || type.endsWith("+json") || type.equals("*/*");
    }

    /** The first JSON media type of {@code content}, preferring {@code application/json}. */
    public static Optional<MediaType> json(Content content) {
        if (content == null) {
            return Optional.empty();
        }
        MediaType exact = null;
        MediaType other = null;
        for (Map.Entry<String, MediaType> entry : content.entrySet()) {
            if (!isJson(entry.getKey()) || entry.getValue() == null) {
                continue;
            }
            if (entry.getKey().toLowerCase(Locale.ROOT).startsWith("application/json") && exact == null) {
                exact = entry.getValue();
            } else if (other == null) {
                other = entry.getValue();
            }
        }
        return Optional.ofNullable(exact != null ? exact : other);
    }
}

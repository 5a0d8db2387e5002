package dev.mdmmcp.server.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson setup the runtime uses for arguments, request bodies and results. */
public final class JsonMappers {

    private JsonMappers() {
    }

    /**
     * A mapper that knows generated enums ({@link WireValueModule}) and {@code java.time}, writes
     * dates as ISO text, and leaves absent ({@code null}) fields out of request bodies.
     */
    public static ObjectMapper create() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new WireValueModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }
}

package dev.mdmmcp.server.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one Jackson setup the runtime uses for arguments, request bodies and results. */
public final class JsonMappers {

    private JsonMappers() {
    }

    /**
     * A mapper that knows generated enums ({@link WireValueModule}) and {@code java.time}, writes
     * dates as ISO text, and leaves absent ({@code null}) fields out of request bodies. Numbers
     * with a fraction or exponent are read as {@link java.math.BigDecimal} and kept as written,
     * trailing zeros included, so a vendor's {@code 1764979200.0} comes back as {@code 1764979200.0}
     * (a double would print {@code 1.7649792E9}); they are written without exponent.
     */
    public static ObjectMapper create() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new WireValueModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }
}

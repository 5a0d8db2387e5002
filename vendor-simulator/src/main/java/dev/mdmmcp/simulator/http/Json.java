package dev.mdmmcp.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;

/** Building and sending the JSON both simulated vendors speak. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** NinjaOne's timestamps: epoch seconds with a fraction, e.g. {@code 1732168800.123}. */
    public static JsonNode epochSeconds(Instant instant) {
        return DecimalNode.valueOf(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    public static void send(ServerResponse response, JsonNode body) {
        send(response, Status.OK_200, body);
    }

    public static void send(ServerResponse response, Status status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, CONTENT_TYPE);
        // Set explicitly so the traffic log can read the payload size after the handler ran.
        response.contentLength(bytes.length);
        response.send(bytes);
    }

    public static void noContent(ServerResponse response) {
        response.status(Status.NO_CONTENT_204).send();
    }

    /** The request's JSON body; an absent body is an empty object, anything but an object a 400. */
    public static ObjectNode body(ServerRequest request) {
        if (!request.content().hasEntity()) {
            return object();
        }
        String text = request.content().as(String.class);
        if (text.isBlank()) {
            return object();
        }
        try {
            JsonNode json = MAPPER.readTree(text);
            if (json instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw VendorError.badRequest("The request body is not valid JSON.");
        }
        throw VendorError.badRequest("The request body must be a JSON object.");
    }
}

package dev.mdmmcp.server.upstream;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.result.BodyProblem;
import java.io.IOException;

/** Parses a vendor's success body, telling a truncated body from one that is not JSON at all. */
public final class ResponseJson {

    private final ObjectMapper mapper;

    public ResponseJson(ObjectMapper mapper) {
        // Trailing garbage after a complete value is as broken as a truncated one.
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The parsed body. */
    public JsonNode parse(UpstreamResponse response, UpstreamFailures failures) {
        try {
            return mapper.readTree(response.body());
        } catch (JsonEOFException e) {
            throw failures.malformedBody(response, new BodyProblem.Truncated());
        } catch (IOException e) {
            throw failures.malformedBody(response, new BodyProblem.NotJson());
        }
    }
}

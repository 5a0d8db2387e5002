package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Status;
import java.util.Optional;

/**
 * What an admin handler answers.
 *
 * @param status the HTTP status
 * @param body the JSON body; empty for 204
 * @param location the {@code Location} of a created resource
 */
record AdminReply(Status status, Optional<JsonNode> body, Optional<String> location) {

    static AdminReply ok(JsonNode body) {
        return new AdminReply(Status.OK_200, Optional.of(body), Optional.empty());
    }

    static AdminReply created(String location, JsonNode body) {
        return new AdminReply(Status.CREATED_201, Optional.of(body), Optional.of(location));
    }

    static AdminReply noContent() {
        return new AdminReply(Status.NO_CONTENT_204, Optional.empty(), Optional.empty());
    }
}

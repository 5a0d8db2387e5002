package dev.mdmmcp.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.store.AccountRecord;
import dev.mdmmcp.server.store.CallRecord;
import dev.mdmmcp.server.store.RefusedCalls;
import dev.mdmmcp.server.store.ServerRecord;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of the admin API's answers, and how they are sent. Credentials and token hashes never appear in them. */
final class AdminJson {

    private final ObjectMapper mapper;

    AdminJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode account(AccountRecord account) {
        ObjectNode json = mapper.createObjectNode();
        json.put("id", account.id());
        json.put("integration", account.integration());
        json.put("name", account.name());
        json.put("base_url", account.baseUrl().toString());
        json.setAll(UpstreamSettings.of(account, mapper));
        json.put("created_at", account.createdAt().toString());
        json.put("updated_at", account.updatedAt().toString());
        return json;
    }

    ObjectNode server(ServerRecord server) {
        ObjectNode json = mapper.createObjectNode();
        json.put("id", server.id());
        json.put("name", server.name());
        ObjectNode config = json.putObject("config");
        list(config, "methods", server.methods());
        list(config, "tags", server.tags());
        config.put("tool_mode", server.toolMode());
        json.put("expires_at", server.expiresAt().map(Object::toString).orElse(null));
        json.put("require_api_token_auth", server.requireApiTokenAuth());
        json.put("auth", server.isOAuth() ? "oauth" : "url");
        server.allowedPeople().ifPresent(allowed -> {
            ObjectNode people = json.putObject("allowed");
            allowed.emails().forEach(people.putArray("emails")::add);
            allowed.domains().forEach(people.putArray("domains")::add);
            allowed.groups().forEach(people.putArray("groups")::add);
        });
        json.put("created_at", server.createdAt().toString());
        return json;
    }

    ObjectNode call(CallRecord call) {
        ObjectNode json = mapper.createObjectNode();
        json.put("time", call.calledAt().toString());
        json.put("request_id", call.requestId());
        json.put("tool", call.tool());
        json.put("method", call.methodClass());
        json.put("outcome", call.outcome());
        if (call.upstreamStatus() == null) {
            json.putNull("upstream_status");
        } else {
            json.put("upstream_status", call.upstreamStatus());
        }
        json.put("duration_ms", call.durationMillis());
        if (call.subject().isPresent()) {
            ObjectNode person = json.putObject("person");
            person.put("subject", call.subject().get());
            person.put("email", call.email().orElse(null));
        }
        return json;
    }

    ObjectNode refusedCalls(RefusedCalls calls) {
        ObjectNode json = mapper.createObjectNode();
        json.put("minute", calls.minute().toString());
        json.put("outcome", calls.outcome());
        json.put("calls", calls.calls());
        return json;
    }

    ObjectNode items(List<ObjectNode> items) {
        ObjectNode json = mapper.createObjectNode();
        json.putArray("items").addAll(items);
        return json;
    }

    ObjectNode error(AdminProblem problem) {
        ObjectNode json = mapper.createObjectNode();
        json.put("error", problem.error());
        json.put("message", problem.getMessage());
        problem.field().ifPresent(field -> json.put("field", field));
        if (!problem.problems().isEmpty()) {
            ArrayNode problems = json.putArray("problems");
            problem.problems().forEach(each -> {
                ObjectNode item = problems.addObject();
                if (!each.keyPath().isEmpty()) {
                    item.put("field", each.keyPath());
                }
                item.put("message", each.message());
            });
        }
        return json;
    }

    ObjectNode error(String error, String message) {
        ObjectNode json = mapper.createObjectNode();
        json.put("error", error);
        json.put("message", message);
        return json;
    }

    /** Sends {@code body} as the answer, never to be cached: a creation answer holds the server's URL, shown only there. */
    void send(ServerResponse response, Status status, JsonNode body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON answer could not be written", e);
        }
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(bytes);
    }

    private static void list(ObjectNode json, String field, Optional<List<String>> values) {
        if (values.isEmpty()) {
            json.putNull(field);
            return;
        }
        ArrayNode array = json.putArray(field);
        values.get().forEach(array::add);
    }
}

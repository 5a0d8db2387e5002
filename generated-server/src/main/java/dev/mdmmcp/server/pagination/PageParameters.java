package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.mdmmcp.http.ParameterLocation;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/**
 * Writes a paging parameter where the style says: into the query as text, or as a property of
 * the JSON body with its JSON type kept (a page size stays a number, a vendor cursor a string).
 */
final class PageParameters {

    private PageParameters() {
    }

    static void put(UpstreamRequest.Builder request, ParameterLocation in, String name, JsonNode value) {
        if (in == ParameterLocation.BODY_FIELD || in == ParameterLocation.BODY) {
            request.bodyObject().set(name, value);
        } else {
            request.query(name, value.asText());
        }
    }

    static void put(UpstreamRequest.Builder request, ParameterLocation in, String name, int value) {
        put(request, in, name, IntNode.valueOf(value));
    }

    /** The first {@code pageSize} items: a vendor that ignores the page size must not break positions. */
    static <T> List<T> atMost(List<T> items, int pageSize) {
        return items.size() <= pageSize ? items : items.subList(0, pageSize);
    }
}

package dev.mdmmcp.server.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.http.HttpVerb;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request to a vendor, before authentication.
 *
 * @param verb the HTTP method
 * @param path the path, already encoded, starting with {@code /}
 * @param query the query parameters in order, not encoded
 * @param headers headers from arguments
 * @param body the JSON body, or {@code null} for none
 */
public record UpstreamRequest(HttpVerb verb, String path, List<QueryParameter> query, Map<String, String> headers,
        JsonNode body) {

    public UpstreamRequest {
        query = List.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** The full address under {@code baseUrl} (which may have a path of its own). */
    public URI uriUnder(URI baseUrl) {
        StringBuilder uri = new StringBuilder(baseUrl.toString()).append(path);
        if (!query.isEmpty()) {
            uri.append('?').append(query.stream()
                    .map(p -> PercentEncoder.encode(p.name()) + "=" + PercentEncoder.encode(p.value()))
                    .collect(Collectors.joining("&")));
        }
        return URI.create(uri.toString());
    }

    public static Builder builder(HttpVerb verb) {
        return new Builder(verb);
    }

    /** Collects a request while arguments and paging parameters are bound into it. */
    public static final class Builder {
        private final HttpVerb verb;
        private String path = "/";
        private final List<QueryParameter> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private JsonNode body;

        private Builder(HttpVerb verb) {
            this.verb = verb;
        }

        public Builder path(String encodedPath) {
            this.path = encodedPath;
            return this;
        }

        public Builder query(String name, String value) {
            query.add(new QueryParameter(name, value));
            return this;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** The whole body, for operations whose body is not an object. */
        public Builder body(JsonNode body) {
            this.body = body;
            return this;
        }

        /**
         * The JSON object body, created empty on first use, for body fields and body paging.
         *
         * @throws IllegalStateException when the body was already set to something else than an object
         */
        public ObjectNode bodyObject() {
            if (body == null) {
                body = JsonNodeFactory.instance.objectNode();
            }
            if (!(body instanceof ObjectNode object)) {
                throw new IllegalStateException("the request body is not a JSON object");
            }
            return object;
        }

        public UpstreamRequest build() {
            return new UpstreamRequest(verb, path, query, headers, body);
        }
    }
}

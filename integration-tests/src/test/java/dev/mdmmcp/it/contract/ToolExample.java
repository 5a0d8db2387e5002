package dev.mdmmcp.it.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One example of a documentation record in {@code specs/<vendor>/tools.yaml}: what the model
 * sends, the request that must reach the vendor, and what the vendor answers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolExample(
        Map<String, Object> arguments,
        ExpectedRequest request,
        CannedResponse response,
        @JsonProperty("next_page") NextPage nextPage) {

    public ToolExample {
        arguments = arguments == null ? Map.of() : arguments;
    }

    /** The request the vendor must receive, exactly. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExpectedRequest(String method, String path, Map<String, Object> query, JsonNode body) {

        public ExpectedRequest {
            query = query == null ? Map.of() : query;
        }
    }

    /** The vendor's answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CannedResponse(int status, JsonNode body) {
    }

    /** The second page of a list: the query (or body) `next_cursor` must cause, and its answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NextPage(Map<String, Object> query, JsonNode body, CannedResponse response) {

        public NextPage {
            query = query == null ? Map.of() : query;
        }
    }
}

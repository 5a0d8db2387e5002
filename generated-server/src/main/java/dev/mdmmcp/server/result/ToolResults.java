package dev.mdmmcp.server.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;

/**
 * Builds the two shapes a tool call can answer with:
 * <ul>
 *   <li>success: {@code structuredContent} is the result object, the one text content is its
 *       compact JSON (for clients that only read text), and {@code _meta} carries the
 *       normalised rate-limit headers when the vendor sent any;</li>
 *   <li>failure: {@code isError: true}, one text content with the explanation, and
 *       {@code _meta} with the rate-limit state when known (always after a 429).</li>
 * </ul>
 */
public final class ToolResults {

    private final ObjectMapper mapper;

    public ToolResults(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CallToolResult success(ObjectNode structured, RateLimitInfo rateLimit) {
        String text;
        try {
            text = mapper.writeValueAsString(structured);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(text).build()))
                // The tree itself: the SDK writes it as JSON like a map, without a conversion per call.
                .structuredContent(structured)
                .isError(false)
                .meta(rateLimit.isEmpty() ? null : rateLimit.toMeta())
                .build();
    }

    public CallToolResult failure(ToolFailure failure) {
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(failure.getMessage()).build()))
                .isError(true)
                .meta(failure.rateLimit().isEmpty() ? null : failure.rateLimit().toMeta())
                .build();
    }
}

package dev.mdmmcp.server.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.budget.BudgetState;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the two shapes a tool call can answer with:
 * <ul>
 *   <li>success: {@code structuredContent} is the result object, the one text content is its
 *       compact JSON (for clients that only read text), and {@code _meta} carries the
 *       normalised rate-limit headers when the vendor sent any;</li>
 *   <li>failure: {@code isError: true}, one text content with the explanation, and
 *       {@code _meta} with the rate-limit state when known (always after a 429).</li>
 * </ul>
 * Both carry the account's rate budget in {@code _meta} under {@code budget} when it has one.
 */
public final class ToolResults {

    private final ObjectMapper mapper;

    public ToolResults(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A small answer of the server's own (the discovery meta-tools), written here. */
    public CallToolResult success(ObjectNode structured, RateLimitInfo rateLimit, BudgetState budget) {
        try {
            return success(new ResultBody(structured, mapper.writeValueAsString(structured)), rateLimit, budget);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** A tool's result, written and measured by {@link ResultCap}. */
    public CallToolResult success(ResultBody body, RateLimitInfo rateLimit, BudgetState budget) {
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(body.text()).build()))
                // The tree itself: the SDK writes it as JSON like a map, without a conversion per call.
                .structuredContent(body.structured())
                .isError(false)
                .meta(meta(rateLimit, budget))
                .build();
    }

    public CallToolResult failure(ToolFailure failure, BudgetState budget) {
        return CallToolResult.builder()
                .content(List.of(TextContent.builder(FailureMessages.text(failure.reason())).build()))
                .isError(true)
                .meta(meta(failure.rateLimit(), budget))
                .build();
    }

    private static Map<String, Object> meta(RateLimitInfo rateLimit, BudgetState budget) {
        if (rateLimit.isEmpty() && budget.isEmpty()) {
            return null;
        }
        Map<String, Object> meta = new LinkedHashMap<>(rateLimit.toMeta());
        meta.putAll(budget.toMeta());
        return meta;
    }
}

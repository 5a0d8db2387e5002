package dev.mdmmcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays a good agent's fixed sequence of tool calls against one MCP server and counts what a
 * model would read: the tool definitions ({@code tools/list}, and in discovery mode every
 * {@code search_tools} and {@code describe_tool} answer) and the results of the calls (their
 * text content, the compact JSON a client hands the model). In discovery mode the first use of a
 * tool searches for it with the step's words (the tool must be among the hits, or the run fails),
 * describes it, and then calls it through {@code call_read_tool}. With projection, a step's
 * fields are sent as the tool's {@code fields} argument.
 */
final class ScriptedAgent {

    /** How the agent reaches the tools. */
    enum Mode {
        ALL_TOOLS("all tools"),
        DISCOVERY("discovery");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private final McpHttp mcp;
    private final Mode mode;
    private final boolean projected;
    private final Set<String> described = new HashSet<>();
    private int toolCalls;
    private long definitionBytes;
    private long resultBytes;

    ScriptedAgent(McpHttp mcp, Mode mode, boolean projected) throws IOException, InterruptedException {
        this.mcp = mcp;
        this.mode = mode;
        this.projected = projected;
        byte[] reply = mcp.request("tools/list", null);
        definitionBytes += McpHttp.MAPPER.writeValueAsBytes(McpHttp.MAPPER.readTree(reply).get("result")).length;
    }

    /** One call of {@code tool}; {@code search} is how an agent would ask for it; returns its structured result. */
    JsonNode call(String tool, String search, Map<String, Object> arguments, List<String> fields) throws IOException,
            InterruptedException {
        Map<String, Object> sent = new LinkedHashMap<>(arguments);
        if (projected && fields != null) {
            sent.put("fields", fields);
        }
        if (mode == Mode.ALL_TOOLS) {
            return read(tool, mcp.callTool(tool, sent), false);
        }
        if (described.add(tool)) {
            JsonNode hits = read("search_tools", mcp.callTool("search_tools", Map.of("query", search)), true);
            List<String> names = new ArrayList<>();
            hits.path("tools").forEach(hit -> names.add(hit.path("name").asText()));
            if (!names.contains(tool)) {
                throw new IOException("search_tools did not find " + tool + " for '" + search + "': " + names);
            }
            read("describe_tool", mcp.callTool("describe_tool", Map.of("name", tool)), true);
        }
        return read(tool, mcp.callTool("call_read_tool", Map.of("name", tool, "arguments", sent)), false);
    }

    /** Every item of a list tool, following {@code next_cursor} to the last page. */
    List<JsonNode> items(String tool, String search, Map<String, Object> arguments, List<String> fields)
            throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        Map<String, Object> page = new LinkedHashMap<>(arguments);
        while (true) {
            JsonNode result = call(tool, search, page, fields);
            result.path("items").forEach(items::add);
            JsonNode next = result.get("next_cursor");
            if (next == null || next.isNull()) {
                return items;
            }
            page.put("next_cursor", next.asText());
        }
    }

    private JsonNode read(String tool, byte[] reply, boolean definitions) throws IOException {
        JsonNode result = McpHttp.result(reply, tool);
        toolCalls++;
        long bytes = result.path("content").path(0).path("text").asText().getBytes(StandardCharsets.UTF_8).length;
        if (definitions) {
            definitionBytes += bytes;
        } else {
            resultBytes += bytes;
        }
        JsonNode structured = result.get("structuredContent");
        return structured == null ? McpHttp.MAPPER.createObjectNode() : structured;
    }

    int toolCalls() {
        return toolCalls;
    }

    long definitionBytes() {
        return definitionBytes;
    }

    long resultBytes() {
        return resultBytes;
    }
}

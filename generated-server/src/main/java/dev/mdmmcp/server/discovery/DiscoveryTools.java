package dev.mdmmcp.server.discovery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.budget.BudgetState;
import dev.mdmmcp.server.call.CallScope;
import dev.mdmmcp.server.call.ToolCallPipeline;
import dev.mdmmcp.server.catalog.ToolEntry;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.ArgumentProblem;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.server.result.ToolResults;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The meta-tools a discovery-mode server lists instead of its catalog: {@code search_tools},
 * {@code describe_tool}, {@code call_read_tool} and, when the server's filter lets any write tool
 * through, {@code call_write_tool}. They only know the server's admitted tools, so a hidden tool
 * is never found, described or called; the callers hand a call to the same {@link ToolCallPipeline}
 * as a listed tool (validation, budget, paging, errors, log line and call history included) and
 * return its result unchanged. Read and write stay apart: a read tool is refused by the write
 * caller and a write tool by the read caller, naming the right one.
 */
public final class DiscoveryTools {

    public static final String SEARCH = "search_tools";
    public static final String DESCRIBE = "describe_tool";
    public static final String CALL_READ = "call_read_tool";
    public static final String CALL_WRITE = "call_write_tool";

    static final int DEFAULT_RESULTS = 8;
    static final int MAX_RESULTS = 20;
    private static final int SUMMARY_LENGTH = 160;

    private final ToolCallPipeline pipeline;
    private final ObjectMapper mapper;
    private final ToolResults results;
    private final Function<ToolEntry, McpSchema.Tool> listed;

    /**
     * @param listed a tool's definition exactly as {@code tools/list} of an all-tools server gives it
     */
    public DiscoveryTools(ToolCallPipeline pipeline, ObjectMapper mapper, Function<ToolEntry, McpSchema.Tool> listed) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.results = new ToolResults(mapper);
        this.listed = listed;
    }

    /** The meta-tools of one server, over the tools its filter admits. */
    public List<MetaTool> of(ServerDefinition server) {
        List<ToolEntry> tools = server.tools();
        ToolSearch search = new ToolSearch(tools);
        SortedSet<String> tags = new TreeSet<>();
        tools.forEach(tool -> tags.addAll(tool.descriptor().tags()));
        Map<String, ToolEntry> byName = new LinkedHashMap<>();
        tools.forEach(tool -> byName.put(tool.name(), tool));
        boolean writes = tools.stream().anyMatch(tool -> !tool.descriptor().method().isRead());

        List<MetaTool> meta = new ArrayList<>();
        meta.add(new MetaTool(MetaToolDefinitions.search(tags, writes),
                (scope, arguments) -> answer(() -> search(search, tags, arguments))));
        meta.add(new MetaTool(MetaToolDefinitions.describe(),
                (scope, arguments) -> answer(() -> describe(byName, arguments))));
        meta.add(new MetaTool(MetaToolDefinitions.callRead(writes),
                (scope, arguments) -> call(CALL_READ, true, byName, server, scope, arguments)));
        if (writes) {
            meta.add(new MetaTool(MetaToolDefinitions.callWrite(),
                    (scope, arguments) -> call(CALL_WRITE, false, byName, server, scope, arguments)));
        }
        return meta;
    }

    private interface Answer {
        ObjectNode structured();
    }

    private CallToolResult answer(Answer answer) {
        try {
            return results.success(answer.structured(), RateLimitInfo.NONE, BudgetState.NONE);
        } catch (ToolFailure failure) {
            return results.failure(failure, BudgetState.NONE);
        }
    }

    private ObjectNode search(ToolSearch search, SortedSet<String> serverTags, Map<String, Object> arguments) {
        MetaArguments given = MetaArguments.of(SEARCH, arguments, List.of("query", "tags", "limit"));
        String query = given.requiredText("query");
        List<String> tags = given.texts("tags");
        for (String tag : tags) {
            if (!serverTags.contains(tag)) {
                throw MetaArguments.invalid(SEARCH, new ArgumentProblem.UnknownTag(tag, List.copyOf(serverTags)));
            }
        }
        int limit = given.integer("limit", DEFAULT_RESULTS, 1, MAX_RESULTS);
        ObjectNode result = mapper.createObjectNode();
        ArrayNode found = result.putArray("tools");
        for (ToolSearch.Hit hit : search.search(query, Set.copyOf(tags), limit)) {
            ObjectNode tool = found.addObject();
            tool.put("name", hit.tool().name());
            tool.put("title", hit.tool().descriptor().title());
            tool.put("summary", summary(hit.tool().descriptor().description()));
            tool.put("method", hit.tool().descriptor().method().wireName());
        }
        if (found.isEmpty()) {
            result.put("hint", "No tool matches these words" + (tags.isEmpty() ? "" : " and tags")
                    + ". Try other words: what the data is (devices, apps, patches, users, alerts) or what to do with it.");
        }
        return result;
    }

    private ObjectNode describe(Map<String, ToolEntry> tools, Map<String, Object> arguments) {
        String name = MetaArguments.of(DESCRIBE, arguments, List.of("name")).requiredText("name");
        ToolEntry tool = known(DESCRIBE, tools, name);
        return mapper.valueToTree(listed.apply(tool));
    }

    private CallToolResult call(String caller, boolean reads, Map<String, ToolEntry> tools, ServerDefinition server,
            CallScope scope, Map<String, Object> arguments) {
        ToolEntry tool;
        Map<String, Object> toolArguments;
        try {
            MetaArguments given = MetaArguments.of(caller, arguments, List.of("name", "arguments"));
            tool = known(caller, tools, given.requiredText("name"));
            toolArguments = given.object("arguments");
            if (tool.descriptor().method().isRead() != reads) {
                throw MetaArguments.invalid(caller, new ArgumentProblem.WrongCaller(tool.name(),
                        tool.descriptor().method().wireName(), reads, reads ? CALL_WRITE : CALL_READ));
            }
        } catch (ToolFailure failure) {
            return results.failure(failure, BudgetState.NONE);
        }
        return pipeline.call(scope, server.connection(), tool, toolArguments);
    }

    private static ToolEntry known(String caller, Map<String, ToolEntry> tools, String name) {
        return Optional.ofNullable(tools.get(name)).orElseThrow(() -> MetaArguments.invalid(caller,
                new ArgumentProblem.NoSuchTool(name)));
    }

    /** The description's first sentence, cut to a line. */
    static String summary(String description) {
        String text = description.strip();
        int end = text.length();
        for (String stop : List.of(". ", ".\n", "\n\n")) {
            int at = text.indexOf(stop);
            if (at >= 0 && at + 1 < end) {
                end = at + 1;
            }
        }
        String sentence = text.substring(0, end).replaceAll("\\s+", " ").strip();
        return sentence.length() <= SUMMARY_LENGTH ? sentence : sentence.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
    }
}

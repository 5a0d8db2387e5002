package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/** The vendor returns the whole list; the runtime hands it out in slices of {@code limit}. */
final class LocalPager implements Pager {

    @Override
    public void prepare(UpstreamRequest.Builder request, JsonNode position, int pageSize) {
        // The vendor takes no paging parameters.
    }

    @Override
    public Page read(JsonNode response, List<JsonNode> items, JsonNode position, int pageSize) {
        int from = (int) Math.min(start(position), items.size());
        int to = (int) Math.min((long) from + pageSize, items.size());
        return new Page(items.subList(from, to), to < items.size() ? LongNode.valueOf(to) : null);
    }

    @Override
    public JsonNode positionAfter(Page page, int kept, JsonNode position) {
        return LongNode.valueOf(start(position) + kept);
    }

    private static long start(JsonNode position) {
        return position == null ? 0 : position.asLong();
    }
}

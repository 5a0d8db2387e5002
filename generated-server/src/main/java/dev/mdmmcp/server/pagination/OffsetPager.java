package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import dev.mdmmcp.pagination.OffsetPagination;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/** Page size + numeric offset: the first page sends no offset, the next starts at offset + page size. */
final class OffsetPager implements Pager {

    private final OffsetPagination style;

    OffsetPager(OffsetPagination style) {
        this.style = style;
    }

    @Override
    public void prepare(UpstreamRequest.Builder request, JsonNode position, int pageSize) {
        PageParameters.put(request, style.in(), style.limitParameter(), pageSize);
        if (position != null) {
            PageParameters.put(request, style.in(), style.offsetParameter(), position);
        }
    }

    @Override
    public Page read(JsonNode response, List<JsonNode> items, JsonNode position, int pageSize) {
        List<JsonNode> page = PageParameters.atMost(items, pageSize);
        // A short page is the last.
        JsonNode next = items.size() < pageSize ? null : LongNode.valueOf(offset(position) + pageSize);
        return new Page(page, next);
    }

    @Override
    public JsonNode positionAfter(Page page, int kept, JsonNode position) {
        return LongNode.valueOf(offset(position) + kept);
    }

    private static long offset(JsonNode position) {
        return position == null ? 0 : position.asLong();
    }
}

package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.pagination.AfterIdPagination;
import dev.mdmmcp.server.result.BodyProblem;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/** Page size + id of the last item seen: the first page sends no {@code after}, the next sends the last item's id. */
final class AfterIdPager implements Pager {

    private final AfterIdPagination style;

    AfterIdPager(AfterIdPagination style) {
        this.style = style;
    }

    @Override
    public void prepare(UpstreamRequest.Builder request, JsonNode position, int pageSize) {
        PageParameters.put(request, style.in(), style.pageSizeParameter(), pageSize);
        if (position != null) {
            PageParameters.put(request, style.in(), style.afterParameter(), position);
        }
    }

    @Override
    public Page read(JsonNode response, List<JsonNode> items, JsonNode position, int pageSize) {
        List<JsonNode> page = PageParameters.atMost(items, pageSize);
        if (items.size() < pageSize || page.isEmpty()) {
            return new Page(page, null);
        }
        return new Page(page, idOf(page.get(page.size() - 1)));
    }

    @Override
    public JsonNode positionAfter(Page page, int kept, JsonNode position) {
        return idOf(page.items().get(kept - 1));
    }

    private JsonNode idOf(JsonNode item) {
        JsonNode id = style.idField().startsWith("/") ? item.at(style.idField()) : item.get(style.idField());
        if (id == null || id.isMissingNode() || id.isNull() || id.isContainerNode()) {
            throw new PageReadException(new BodyProblem.ItemsWithoutId(style.idField()));
        }
        return id;
    }
}

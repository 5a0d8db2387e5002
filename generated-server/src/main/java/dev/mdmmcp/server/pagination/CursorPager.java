package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/**
 * Page size + the vendor's own cursor: the first page sends no cursor, the next sends the one
 * found at {@code next_cursor_pointer}. A short page, or no cursor, is the last. Some vendors
 * (Kandji's audit log) give the URL of the next page instead of the cursor itself: then the
 * cursor is that URL's {@code cursor_parameter}.
 */
final class CursorPager implements Pager {

    private final CursorPagination style;

    CursorPager(CursorPagination style) {
        this.style = style;
    }

    @Override
    public void prepare(UpstreamRequest.Builder request, JsonNode position, int pageSize) {
        PageParameters.put(request, style.in(), style.pageSizeParameter(), pageSize);
        if (position != null) {
            PageParameters.put(request, style.in(), style.cursorParameter(), position);
        }
    }

    @Override
    public Page read(JsonNode response, List<JsonNode> items, JsonNode position, int pageSize) {
        // Items are not trimmed here: the vendor's cursor points after everything it sent.
        JsonNode cursor = cursorIn(response.at(style.nextCursorPointer()));
        boolean hasCursor = cursor.isValueNode() && !cursor.isNull() && !cursor.asText().isEmpty();
        return new Page(items, items.size() < pageSize || !hasCursor ? null : cursor);
    }

    private JsonNode cursorIn(JsonNode found) {
        if (!found.isTextual() || !NextPageUrl.looksLikeUrl(found.asText())) {
            return found;
        }
        return NextPageUrl.queryParameter(found.asText(), style.cursorParameter())
                .<JsonNode>map(TextNode::valueOf)
                .orElse(MissingNode.getInstance());
    }
}

package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mdmmcp.pagination.CursorPagination;
import dev.mdmmcp.server.upstream.UpstreamRequest;
import java.util.List;

/**
 * Page size + the vendor's own cursor: the first page sends no cursor, the next sends the one
 * found at {@code next_cursor_pointer}. A short page, or no cursor, is the last. Some vendors
 * (Kandji's audit log) give the URL of the next page instead of the cursor itself: then the
 * cursor is that URL's {@code cursor_parameter}.
 *
 * <p>The vendor's cursor points after everything it sent, so a page cut short to fit into one
 * result cannot continue with it. Its position is then {@code {"at": <the cursor the page was
 * asked with>, "skip": <items already returned>}}: the next call asks the vendor for the same
 * page again, larger by the items it skips. Vendor cursors are plain values, never objects.
 */
final class CursorPager implements Pager {

    private static final String AT = "at";
    private static final String SKIP = "skip";

    private final CursorPagination style;

    CursorPager(CursorPagination style) {
        this.style = style;
    }

    @Override
    public void prepare(UpstreamRequest.Builder request, JsonNode position, int pageSize) {
        PageParameters.put(request, style.in(), style.pageSizeParameter(), requested(position, pageSize));
        JsonNode vendorCursor = vendorCursor(position);
        if (vendorCursor != null) {
            PageParameters.put(request, style.in(), style.cursorParameter(), vendorCursor);
        }
    }

    @Override
    public Page read(JsonNode response, List<JsonNode> items, JsonNode position, int pageSize) {
        // Items are not trimmed here: the vendor's cursor points after everything it sent.
        JsonNode cursor = cursorIn(response.at(style.nextCursorPointer()));
        boolean hasCursor = cursor.isValueNode() && !cursor.isNull() && !cursor.asText().isEmpty();
        List<JsonNode> unseen = items.subList(Math.min(skip(position), items.size()), items.size());
        return new Page(unseen, items.size() < requested(position, pageSize) || !hasCursor ? null : cursor);
    }

    @Override
    public JsonNode positionAfter(Page page, int kept, JsonNode position) {
        ObjectNode within = JsonNodeFactory.instance.objectNode();
        JsonNode vendorCursor = vendorCursor(position);
        if (vendorCursor != null) {
            within.set(AT, vendorCursor);
        }
        within.put(SKIP, skip(position) + kept);
        return within;
    }

    /** The page size sent: a page resumed within the vendor's page asks for the items it skips too. */
    private int requested(JsonNode position, int pageSize) {
        return (int) Math.max(1, Math.min((long) skip(position) + pageSize, style.maxPageSize()));
    }

    private static JsonNode vendorCursor(JsonNode position) {
        if (position == null || !position.isObject()) {
            return position;
        }
        return position.get(AT);
    }

    private static int skip(JsonNode position) {
        return position != null && position.isObject() ? position.path(SKIP).asInt() : 0;
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

package dev.mdmmcp.server.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code structuredContent} shapes of successful calls:
 * <ul>
 *   <li>list tools: {@code {"items": [...], "next_cursor": "..."}}, {@code next_cursor} only when
 *       there is a next page;</li>
 *   <li>other tools: the curated object; a body that is not an object is wrapped as
 *       {@code {"result": ...}}; an empty 2xx body becomes {@code {"status": <code>}}.</li>
 * </ul>
 */
public final class ResultShapes {

    public static final String ITEMS = "items";
    public static final String NEXT_CURSOR = "next_cursor";

    private ResultShapes() {
    }

    public static ObjectNode list(ArrayNode items, String nextCursor) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set(ITEMS, items);
        if (nextCursor != null) {
            result.put(NEXT_CURSOR, nextCursor);
        }
        return result;
    }

    /** @param curated the curated body */
    public static ObjectNode object(JsonNode curated) {
        if (curated instanceof ObjectNode object) {
            return object;
        }
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.set("result", curated);
        return wrapped;
    }

    public static ObjectNode emptyBody(int status) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("status", status);
        return result;
    }
}

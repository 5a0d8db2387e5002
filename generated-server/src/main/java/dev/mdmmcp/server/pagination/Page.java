package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page read from a vendor response.
 *
 * @param items the items to return, before curation
 * @param nextPosition where the next page starts (offset, last id, vendor cursor), or {@code null} on the last page
 */
public record Page(List<JsonNode> items, JsonNode nextPosition) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean isLast() {
        return nextPosition == null;
    }
}

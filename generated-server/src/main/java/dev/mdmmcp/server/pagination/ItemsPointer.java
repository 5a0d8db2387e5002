package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mdmmcp.server.result.BodyProblem;
import java.util.ArrayList;
import java.util.List;

/** Finds the item array of a list response at the JSON pointer the documentation record names. */
public final class ItemsPointer {

    private ItemsPointer() {
    }

    /**
     * @param pointer a JSON pointer, empty when the body itself is the array
     * @throws PageReadException when there is no array there
     */
    public static List<JsonNode> itemsIn(JsonNode body, String pointer) {
        JsonNode items = pointer.isEmpty() ? body : body.at(pointer);
        if (items == null || !items.isArray()) {
            throw new PageReadException(new BodyProblem.NoItemArray(pointer));
        }
        List<JsonNode> list = new ArrayList<>(items.size());
        items.forEach(list::add);
        return list;
    }
}

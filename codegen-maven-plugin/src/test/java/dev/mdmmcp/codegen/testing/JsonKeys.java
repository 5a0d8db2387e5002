package dev.mdmmcp.codegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The keys of a JSON object, in order. */
public final class JsonKeys {

    private JsonKeys() {
    }

    public static List<String> of(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}

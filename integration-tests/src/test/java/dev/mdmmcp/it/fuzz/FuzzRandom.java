package dev.mdmmcp.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The random choices both fuzz generators make, from one seed: odd text, one of a list, one object of a tree. */
final class FuzzRandom extends Random {

    FuzzRandom(long seed) {
        super(seed);
    }

    /** Mostly letters, with control characters, non-ASCII and JSON/URL punctuation among them. */
    String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = nextInt(20);
            char c = kind == 0 ? (char) nextInt(0x20) : kind == 1 ? (char) (0x80 + nextInt(0x700))
                    : kind == 2 ? "\"\\/%.'".charAt(nextInt(6)) : (char) ('a' + nextInt(26));
            text.append(c);
        }
        return text.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /** One of the objects in {@code root} (itself included), or none when it holds none. */
    Optional<ObjectNode> pickObject(JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        return objects.isEmpty() ? Optional.empty() : Optional.of(pick(objects));
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collectObjects(children.next(), into);
        }
    }
}

package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mdmmcp.server.projection.FieldProjection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * A short hash of a list call's arguments other than {@code limit}, {@code next_cursor} and
 * {@code fields} (which only shape the items). A cursor remembers it so that a next page asked
 * with other filters is refused instead of silently mixing two lists.
 */
public final class ArgumentFingerprint {

    public static final String LIMIT = "limit";
    public static final String NEXT_CURSOR = "next_cursor";

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ArgumentFingerprint() {
    }

    public static String of(ObjectNode arguments) {
        ObjectNode others = arguments.deepCopy();
        others.remove(LIMIT);
        others.remove(NEXT_CURSOR);
        others.remove(FieldProjection.ARGUMENT);
        try {
            // Maps with sorted keys, all the way down: the same arguments in another order hash the same.
            byte[] canonical = CANONICAL.writeValueAsBytes(CANONICAL.convertValue(others, MAP));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint arguments", e);
        }
    }
}

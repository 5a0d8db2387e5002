package dev.mdmmcp.server.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a {@link PageCursor} into the opaque {@code next_cursor} text the model passes back, and
 * back again: {@code base64url(JSON) + "." + base64url(HMAC-SHA256(JSON part))}. The signature
 * means the model (or anyone holding a URL) cannot forge positions or vendor cursors; a changed
 * or truncated value simply fails to decode.
 *
 * <p>The key comes from the {@code cursor_secret} setting. Without it, {@link #withRandomKey()}
 * draws one per process: cursors then stop working after a restart, and separate instances do
 * not accept each other's cursors.
 */
public final class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final ObjectMapper mapper = new ObjectMapper();

    public CursorCodec(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public static CursorCodec withSecret(String secret) {
        return new CursorCodec(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static CursorCodec withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CursorCodec(key);
    }

    public String encode(PageCursor cursor) {
        ObjectNode json = mapper.createObjectNode();
        json.put("s", cursor.scope());
        json.set("p", cursor.position());
        json.put("n", cursor.pageSize());
        json.put("f", cursor.fingerprint());
        String payload = ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The cursor inside {@code text}, or empty when it was not issued with this key or was changed. */
    public Optional<PageCursor> decode(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot != text.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = text.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(text.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            JsonNode json = mapper.readTree(DECODER.decode(payload));
            if (json == null || !json.path("s").isTextual() || !json.path("n").canConvertToInt()
                    || !json.path("f").isTextual() || !json.has("p")) {
                return Optional.empty();
            }
            return Optional.of(new PageCursor(json.get("s").asText(), json.get("p"), json.get("n").asInt(),
                    json.get("f").asText()));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            // Mac instances are not thread-safe; one per use is cheap enough for a tool call.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

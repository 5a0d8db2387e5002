package dev.mdmmcp.server.config;

import java.util.Base64;

/**
 * The master key as {@code master_key}, {@code MDM_MCP_MASTER_KEY} and the key file hold it:
 * base64 of exactly {@value #LENGTH_BYTES} random bytes. Read here, so the configuration is
 * checked when it is read; {@code crypto.MasterKey} makes the key of it.
 */
public final class MasterKeyText {

    public static final int LENGTH_BYTES = 32;
    private static final String GENERATE_HINT = "generate one with: openssl rand -base64 32";

    private MasterKeyText() {
    }

    /**
     * The 32 key bytes of base64 text.
     *
     * @throws IllegalArgumentException saying what is wrong, never quoting the text
     */
    public static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be base64 of " + LENGTH_BYTES + " random bytes, but is not valid base64; "
                    + GENERATE_HINT);
        }
        if (key.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("must be base64 of exactly " + LENGTH_BYTES + " bytes, but holds "
                    + key.length + " bytes; " + GENERATE_HINT);
        }
        return key;
    }
}

package dev.mdmmcp.server.access;

import java.security.SecureRandom;
import java.util.Base64;

/** New URL and API tokens: 256 random bits, URL-safe base64 without padding (43 characters). */
public final class NewTokens {

    private static final int BYTES = 32;

    private final SecureRandom random;

    public NewTokens(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

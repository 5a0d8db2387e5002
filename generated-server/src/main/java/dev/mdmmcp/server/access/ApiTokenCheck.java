package dev.mdmmcp.server.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.store.ApiTokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Checks {@code Authorization: Bearer <api token>} for the admin API and for managed servers
 * that require API-token auth. Accepted: the configured {@code admin_token}, and tokens created
 * with {@code api-token create}, whose hashes the store keeps. A token found in the store is
 * trusted for {@link #FRESH_FOR} before the store is asked again.
 */
public final class ApiTokenCheck {

    public static final Duration FRESH_FOR = Duration.ofMillis(500);
    private static final int MAX_REMEMBERED = 1_000;
    private static final String BEARER = "bearer ";

    private final Optional<byte[]> adminTokenHash;
    private final ApiTokenStore store;
    private final Cache<String, Boolean> recentlyValid;

    ApiTokenCheck(Optional<Secret> adminToken, ApiTokenStore store, LongSupplier ticker) {
        this.adminTokenHash = adminToken.map(token -> TokenHash.of(token.reveal()).getBytes(StandardCharsets.US_ASCII));
        this.store = store;
        this.recentlyValid = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FRESH_FOR)
                .ticker(ticker::getAsLong).executor(Runnable::run).build();
    }

    public static ApiTokenCheck create(Optional<Secret> adminToken, ApiTokenStore store) {
        return new ApiTokenCheck(adminToken, store, System::nanoTime);
    }

    /**
     * Whether the {@code Authorization} header value carries a valid API token.
     *
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public boolean accepts(Optional<String> authorization) {
        Optional<String> token = authorization.flatMap(ApiTokenCheck::bearerToken);
        if (token.isEmpty()) {
            return false;
        }
        String hash = TokenHash.of(token.get());
        if (adminTokenHash.isPresent()
                && MessageDigest.isEqual(adminTokenHash.get(), hash.getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        if (recentlyValid.getIfPresent(hash) != null) {
            return true;
        }
        if (store.existsWithHash(hash)) {
            recentlyValid.put(hash, Boolean.TRUE);
            return true;
        }
        return false;
    }

    private static Optional<String> bearerToken(String header) {
        String value = header.strip();
        if (value.length() <= BEARER.length() || !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return Optional.empty();
        }
        String token = value.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}

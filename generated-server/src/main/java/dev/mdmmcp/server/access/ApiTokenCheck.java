package dev.mdmmcp.server.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.store.ApiTokenRecord;
import dev.mdmmcp.server.store.ApiTokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Checks {@code Authorization: Bearer <api token>} for the admin API and for managed servers
 * that require API-token auth. An API token has a scope: an admin token (the configured
 * {@code admin_token}, or one created with {@code api-token create --scope admin}) opens the
 * admin API; an MCP-access token ({@code --scope mcp --server ID}) opens only the
 * {@code require_api_token_auth} URLs of the servers it names. The admin token of the
 * configuration opens those URLs too only when {@code admin_token_opens_mcp} is set. A token
 * found in the store is trusted for {@link #FRESH_FOR} before the store is asked again.
 */
public final class ApiTokenCheck {

    public static final Duration FRESH_FOR = Duration.ofMillis(500);
    private static final int MAX_REMEMBERED = 1_000;
    private static final String BEARER = "bearer ";

    /** What the admin API makes of a request's token. */
    public enum AdminAccess {
        /** An admin token. */
        GRANTED,
        /** No token, or one nobody issued: 401. */
        UNKNOWN_TOKEN,
        /** A valid MCP-access token, which does not open the admin API: 403. */
        NOT_AN_ADMIN_TOKEN
    }

    private final Optional<byte[]> adminTokenHash;
    private final boolean adminTokenOpensMcp;
    private final ApiTokenStore store;
    private final Cache<String, ApiTokenRecord> recentlyValid;

    ApiTokenCheck(Optional<Secret> adminToken, boolean adminTokenOpensMcp, ApiTokenStore store, LongSupplier ticker) {
        this.adminTokenHash = adminToken.map(token -> TokenHash.of(token.reveal()).getBytes(StandardCharsets.US_ASCII));
        this.adminTokenOpensMcp = adminTokenOpensMcp;
        this.store = store;
        this.recentlyValid = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FRESH_FOR)
                .ticker(ticker::getAsLong).executor(Runnable::run).build();
    }

    /**
     * @param adminToken the configuration's {@code admin_token}
     * @param adminTokenOpensMcp the configuration's {@code admin_token_opens_mcp}
     */
    public static ApiTokenCheck create(Optional<Secret> adminToken, boolean adminTokenOpensMcp, ApiTokenStore store) {
        return new ApiTokenCheck(adminToken, adminTokenOpensMcp, store, System::nanoTime);
    }

    /**
     * Whether the {@code Authorization} header value opens the admin API.
     *
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public AdminAccess admin(Optional<String> authorization) {
        Optional<String> hash = authorization.flatMap(ApiTokenCheck::bearerToken).map(TokenHash::of);
        if (hash.isEmpty()) {
            return AdminAccess.UNKNOWN_TOKEN;
        }
        if (isConfiguredAdminToken(hash.get())) {
            return AdminAccess.GRANTED;
        }
        return stored(hash.get())
                .map(token -> token.scope() == ApiTokenRecord.Scope.ADMIN ? AdminAccess.GRANTED : AdminAccess.NOT_AN_ADMIN_TOKEN)
                .orElse(AdminAccess.UNKNOWN_TOKEN);
    }

    /**
     * Whether the {@code Authorization} header value opens the {@code require_api_token_auth} URL
     * of managed server {@code serverId}: an MCP-access token naming it.
     *
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public boolean opensServer(Optional<String> authorization, String serverId) {
        Optional<String> hash = authorization.flatMap(ApiTokenCheck::bearerToken).map(TokenHash::of);
        if (hash.isEmpty()) {
            return false;
        }
        if (isConfiguredAdminToken(hash.get())) {
            return adminTokenOpensMcp;
        }
        return stored(hash.get()).filter(token -> token.opens(serverId)).isPresent();
    }

    private boolean isConfiguredAdminToken(String hash) {
        return adminTokenHash.isPresent()
                && MessageDigest.isEqual(adminTokenHash.get(), hash.getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<ApiTokenRecord> stored(String hash) {
        ApiTokenRecord remembered = recentlyValid.getIfPresent(hash);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<ApiTokenRecord> found = store.findByHash(hash);
        found.ifPresent(token -> recentlyValid.put(hash, token));
        return found;
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

package dev.mdmmcp.server.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import dev.mdmmcp.server.access.ServerDefinition;
import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.call.Caller;
import dev.mdmmcp.server.store.GrantRecord;
import dev.mdmmcp.server.store.GrantStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The resource-server side of OAuth servers: a request to {@code /mcp/oauth/<key>} is let through
 * only with {@code Authorization: Bearer <access token>} of a grant for exactly that server
 * (RFC 8707 audience). Anything else is challenged with 401 and
 * {@code WWW-Authenticate: Bearer ... resource_metadata="<its metadata URL>"} and the scopes the
 * server offers. A valid token is trusted for {@link #FRESH_FOR} before the store is asked again,
 * so a revoked grant is refused within that time on every instance.
 */
public final class ProtectedResources {

    /** How long a checked access token is trusted without asking the store again. */
    public static final Duration FRESH_FOR = Duration.ofMillis(500);
    private static final int MAX_REMEMBERED = 10_000;

    /** What a request to an OAuth server gets. */
    public sealed interface Admission {
    }

    /** Let through: the server as this grant sees it (read tools only when narrowed), and the person. */
    public record Admitted(ServerDefinition server, Caller caller) implements Admission {
    }

    /** 401 with this {@code WWW-Authenticate} value. */
    public record Challenged(String wwwAuthenticate) implements Admission {
    }

    /** No such OAuth server (or it expired): 404, like an unknown URL token. */
    public record Unknown() implements Admission {
    }

    private final Function<String, Optional<ServerDefinition>> servers;
    private final GrantStore grants;
    private final OAuthUrls urls;
    private final Clock clock;
    private final Cache<String, GrantRecord> recent;

    ProtectedResources(Function<String, Optional<ServerDefinition>> servers, GrantStore grants, OAuthUrls urls, Clock clock,
            LongSupplier ticker) {
        this.servers = servers;
        this.grants = grants;
        this.urls = urls;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).expireAfterWrite(FRESH_FOR)
                .ticker(ticker::getAsLong).executor(Runnable::run).build();
    }

    /**
     * @param servers the OAuth servers' definitions by key, configured and managed
     */
    public static ProtectedResources create(Function<String, Optional<ServerDefinition>> servers, GrantStore grants,
            OAuthUrls urls, Clock clock) {
        return new ProtectedResources(servers, grants, urls, clock, System::nanoTime);
    }

    /**
     * @param authorization the request's {@code Authorization} header
     * @throws dev.mdmmcp.server.store.StoreUnavailableException when the store cannot be asked right now
     */
    public Admission admit(String key, Optional<String> authorization) {
        Optional<ServerDefinition> server = servers.apply(key);
        if (server.isEmpty()) {
            return new Unknown();
        }
        Scope offered = new Scope(OAuthServers.offersWrite(server.get().tools())
                ? new String[] {Scopes.READ, Scopes.WRITE}
                : new String[] {Scopes.READ});
        if (authorization.isEmpty()) {
            return challenge(BearerTokenError.MISSING_TOKEN.setScope(offered), key);
        }
        BearerAccessToken token;
        try {
            token = BearerAccessToken.parse(authorization.get());
        } catch (ParseException e) {
            return challenge(BearerTokenError.INVALID_TOKEN.setScope(offered), key);
        }
        Optional<GrantRecord> grant = grantOf(TokenHash.of(token.getValue()));
        // The audience: a token is for exactly the server it was granted on (RFC 8707).
        if (grant.isEmpty() || !grant.get().serverKey().equals(key)
                || !grant.get().resource().toString().equals(urls.resource(key).toString())) {
            return challenge(BearerTokenError.INVALID_TOKEN.setScope(offered), key);
        }
        ServerDefinition seen = Scopes.readOnly(grant.get().scope()) ? server.get().readOnly() : server.get();
        return new Admitted(seen, new Caller(grant.get().subject(), grant.get().email()));
    }

    private Optional<GrantRecord> grantOf(String tokenHash) {
        GrantRecord grant = recent.getIfPresent(tokenHash);
        if (grant != null) {
            return Optional.of(grant);
        }
        Optional<GrantRecord> found = grants.findByAccessToken(tokenHash, clock.instant());
        found.ifPresent(value -> recent.put(tokenHash, value));
        return found;
    }

    private Challenged challenge(BearerTokenError error, String key) {
        String header = error.toWWWAuthenticateHeader();
        return new Challenged(header + (header.equals("Bearer") ? " " : ", ") + "resource_metadata=\""
                + urls.protectedResourceMetadata(key) + "\"");
    }
}

package dev.mdmmcp.simulator.ninjaone;

import dev.mdmmcp.simulator.http.Json;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * NinjaOne's OAuth2 client-credentials token endpoint ({@code POST /ws/oauth/token}, a form with
 * grant_type, client_id, client_secret and scope) and the access tokens it issued, which expire
 * after the configured lifetime.
 */
final class OAuthTokens {

    static final String TOKEN_PATH = "/ws/oauth/token";
    static final List<String> SCOPES = List.of("monitoring", "management", "control");

    /** What a token allows, until when. */
    record Grant(Set<String> scopes, Instant expiresAt) {
    }

    private final byte[] clientId;
    private final byte[] clientSecret;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> issued = new ConcurrentHashMap<>();

    OAuthTokens(String clientId, String clientSecret, Duration lifetime, Clock clock) {
        this.clientId = clientId.getBytes(StandardCharsets.UTF_8);
        this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    void token(ServerRequest request, ServerResponse response) {
        Map<String, String> form = form(request);
        String grantType = form.getOrDefault("grant_type", "");
        if (!grantType.equals("client_credentials")) {
            oauthError(response, Status.BAD_REQUEST_400, "unsupported_grant_type",
                    "grant_type must be client_credentials");
            return;
        }
        boolean idMatches = MessageDigest.isEqual(clientId, form.getOrDefault("client_id", "").getBytes(StandardCharsets.UTF_8));
        boolean secretMatches = MessageDigest.isEqual(clientSecret,
                form.getOrDefault("client_secret", "").getBytes(StandardCharsets.UTF_8));
        if (!idMatches || !secretMatches) {
            oauthError(response, Status.UNAUTHORIZED_401, "invalid_client", "Bad client credentials");
            return;
        }
        String requested = form.getOrDefault("scope", String.join(" ", SCOPES)).trim();
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(requested.split("\\s+")));
        scopes.remove("");
        if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            oauthError(response, Status.BAD_REQUEST_400, "invalid_scope",
                    "scope must be any of: " + String.join(" ", SCOPES));
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        forgetExpired(now);
        issued.put(token, new Grant(Set.copyOf(scopes), now.plus(lifetime)));
        Json.send(response, Json.object().put("access_token", token).put("token_type", "Bearer")
                .put("expires_in", lifetime.toSeconds()).put("scope", String.join(" ", scopes)));
    }

    /** The form fields of an {@code application/x-www-form-urlencoded} body. */
    private static Map<String, String> form(ServerRequest request) {
        Map<String, String> fields = new HashMap<>();
        if (!request.content().hasEntity()) {
            return fields;
        }
        for (String pair : request.content().as(String.class).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** The live grant of a bearer token, empty when unknown or expired. */
    Optional<Grant> grantOf(String token) {
        Grant grant = issued.get(token);
        if (grant == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            issued.remove(token);
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    private void forgetExpired(Instant now) {
        for (Iterator<Grant> grants = issued.values().iterator(); grants.hasNext(); ) {
            if (!now.isBefore(grants.next().expiresAt())) {
                grants.remove();
            }
        }
    }

    private static void oauthError(ServerResponse response, Status status, String error, String description) {
        Json.send(response, status, Json.object().put("error", error).put("error_description", description));
    }
}

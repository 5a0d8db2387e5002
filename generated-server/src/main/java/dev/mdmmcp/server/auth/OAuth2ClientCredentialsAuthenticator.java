package dev.mdmmcp.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.result.FailureReason;
import dev.mdmmcp.server.result.ToolFailure;
import dev.mdmmcp.server.upstream.HttpExchange;
import dev.mdmmcp.server.upstream.ResponseTooLargeException;
import dev.mdmmcp.server.upstream.UpstreamIoException;
import dev.mdmmcp.server.upstream.UpstreamResponse;
import dev.mdmmcp.server.upstream.VendorErrorMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * OAuth2 client credentials (NinjaOne): posts {@code grant_type=client_credentials},
 * {@code client_id}, {@code client_secret} and {@code scope} as a form to the token endpoint,
 * keeps the access token until shortly before it expires, and drops it when the vendor
 * rejects it so that the next request fetches a fresh one.
 */
final class OAuth2ClientCredentialsAuthenticator implements Authenticator {

    /** Used when the token endpoint does not say how long its token lives. */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    /** Renew this long before expiry (at most half the lifetime) so a token never expires in flight. */
    static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    private record AccessToken(String value, Instant renewAt) {
        String header() {
            return "Bearer " + value;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpExchange exchange;
    private final URI tokenEndpoint;
    private final Secret clientId;
    private final Secret clientSecret;
    private final String scope;
    private final String vendor;
    private final Clock clock;
    private final ReentrantLock renewal = new ReentrantLock();
    private volatile AccessToken current;

    OAuth2ClientCredentialsAuthenticator(HttpExchange exchange, URI tokenEndpoint, Secret clientId, Secret clientSecret,
            String scope, String vendor, Clock clock) {
        this.exchange = exchange;
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.vendor = vendor;
        this.clock = clock;
    }

    @Override
    public Map<String, String> headers() {
        AccessToken token = current;
        if (token == null || !clock.instant().isBefore(token.renewAt())) {
            // One fetch at a time: concurrent calls wait for it instead of each asking for a token.
            renewal.lock();
            try {
                token = current;
                if (token == null || !clock.instant().isBefore(token.renewAt())) {
                    token = fetch();
                    current = token;
                }
            } finally {
                renewal.unlock();
            }
        }
        return Map.of("Authorization", token.header());
    }

    @Override
    public boolean renewAfterRejection(Map<String, String> sentHeaders) {
        renewal.lock();
        try {
            AccessToken token = current;
            // Another call may have renewed it already; only drop the token that was rejected.
            if (token != null && token.header().equals(sentHeaders.get("Authorization"))) {
                current = null;
            }
            return true;
        } finally {
            renewal.unlock();
        }
    }

    private AccessToken fetch() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId.reveal());
        form.put("client_secret", clientSecret.reveal());
        if (scope != null && !scope.isBlank()) {
            form.put("scope", scope);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = exchange.request(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        UpstreamResponse response;
        try {
            response = exchange.exchange(request);
        } catch (UpstreamIoException e) {
            throw new ToolFailure(new FailureReason.TokenEndpointNoResponse(vendor, e.why()));
        } catch (ResponseTooLargeException e) {
            throw new ToolFailure(new FailureReason.TokenEndpointTooLarge(vendor, e.status(), e.maxBytes()));
        }
        if (!response.isSuccess()) {
            throw new ToolFailure(new FailureReason.TokenEndpointStatus(vendor, response.status(),
                    VendorErrorMessage.from(response.body())));
        }
        return accessTokenIn(response);
    }

    private AccessToken accessTokenIn(UpstreamResponse response) {
        JsonNode json;
        try {
            json = MAPPER.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        JsonNode value = json == null ? null : json.get("access_token");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ToolFailure(new FailureReason.TokenMissing(vendor, response.status()));
        }
        Duration lifetime = lifetimeIn(json.get("expires_in"));
        Duration margin = RENEWAL_MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? RENEWAL_MARGIN : lifetime.dividedBy(2);
        return new AccessToken(value.asText(), clock.instant().plus(lifetime).minus(margin));
    }

    private static Duration lifetimeIn(JsonNode expiresIn) {
        if (expiresIn != null && (expiresIn.isNumber() || expiresIn.isTextual())) {
            try {
                long seconds = Long.parseLong(expiresIn.asText().trim());
                if (seconds > 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                // fall through to the default
            }
        }
        return DEFAULT_LIFETIME;
    }
}

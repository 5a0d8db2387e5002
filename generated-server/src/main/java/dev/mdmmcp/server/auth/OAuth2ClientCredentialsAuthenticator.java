package dev.mdmmcp.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mdmmcp.server.config.Secret;
import dev.mdmmcp.server.ratelimit.RateLimitInfo;
import dev.mdmmcp.server.result.Outcome;
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
            Outcome outcome = switch (e.kind()) {
                case TIMEOUT -> Outcome.TIMEOUT;
                case BROKEN -> Outcome.CONNECTION_BROKEN;
                case UNREACHABLE -> Outcome.UNREACHABLE;
            };
            throw new ToolFailure(outcome, "Could not get an access token from " + vendor + " (" + e.getMessage()
                    + "). The request itself was not sent. Try again in a minute.", null, RateLimitInfo.NONE);
        } catch (ResponseTooLargeException e) {
            throw new ToolFailure(Outcome.RESPONSE_TOO_LARGE, vendor + "'s token endpoint answered HTTP " + e.status()
                    + " with a body larger than " + e.maxBytes() + " bytes. The request itself was not sent. Try again"
                    + " in a minute.", e.status(), RateLimitInfo.NONE);
        }
        if (!response.isSuccess()) {
            throw refused(response);
        }
        return accessTokenIn(response);
    }

    private ToolFailure refused(UpstreamResponse response) {
        String said = VendorErrorMessage.from(response.body()).map(message -> ": " + message).orElse("");
        String http = " (HTTP " + response.status() + ")";
        if (response.status() >= 500 || response.status() == 429) {
            return new ToolFailure(Outcome.UPSTREAM_ERROR, vendor + "'s token endpoint failed" + http + said
                    + ". The request itself was not sent. Try again in a minute.", response.status(), RateLimitInfo.NONE);
        }
        return new ToolFailure(Outcome.AUTH_FAILED, vendor + " refused the account's client credentials at its token endpoint"
                + http + said + ". The client_id, client_secret or scope configured for this server's account are wrong"
                + " or revoked; an administrator must fix them. Retrying will not help.", response.status(), RateLimitInfo.NONE);
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
            throw new ToolFailure(Outcome.MALFORMED_RESPONSE, vendor + "'s token endpoint answered HTTP "
                    + response.status() + " without an access_token. The request itself was not sent. Try again later.",
                    response.status(), RateLimitInfo.NONE);
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

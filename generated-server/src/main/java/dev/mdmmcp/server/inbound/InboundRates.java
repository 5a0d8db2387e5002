package dev.mdmmcp.server.inbound;

import dev.mdmmcp.server.access.TokenHash;
import dev.mdmmcp.server.config.ListenerLimits;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The inbound request rates ({@code limits}): each credential (a URL token, an API token, a
 * sign-in grant: whatever authenticates a request, by an opaque key) may send {@code request_burst}
 * requests at once and {@code requests_per_second} after that; each client address may be told
 * "unknown token" (404, 401) {@code unknown_tokens_per_minute} times a minute, and is told 429
 * after that. Both are checked before the body is read or any tool runs.
 */
public final class InboundRates {

    public static final String CREDENTIAL_KEY = "limits.requests_per_second";
    public static final String UNKNOWN_KEY = "limits.unknown_tokens_per_minute";

    private final RequestRate credentials;
    private final RequestRate unknownTokens;
    private final int perSecond;

    private InboundRates(RequestRate credentials, RequestRate unknownTokens, int perSecond) {
        this.credentials = credentials;
        this.unknownTokens = unknownTokens;
        this.perSecond = perSecond;
    }

    public static InboundRates of(ListenerLimits limits) {
        return new InboundRates(
                RequestRate.of(limits.requestsPerSecond(), Duration.ofSeconds(1), limits.requestBurst()),
                RequestRate.of(limits.unknownTokensPerMinute(), Duration.ofMinutes(1), limits.unknownTokensPerMinute()),
                limits.requestsPerSecond());
    }

    /** The key of a URL token (its hash: the token itself is kept nowhere). */
    public static String urlToken(String token) {
        return "url:" + TokenHash.of(token);
    }

    /** The key of the credential in an {@code Authorization} header value. */
    public static String authorization(String headerValue) {
        return "authorization:" + TokenHash.of(headerValue.strip());
    }

    /** The key of a sign-in grant: the person ({@code subject}) and the OAuth server they were granted. */
    public static String grant(String server, String subject) {
        return "grant:" + TokenHash.of(server + "\n" + subject);
    }

    /** Counts a request of the credential {@code key}; a refusal is the seconds to wait. */
    public OptionalLong takeCredential(String key) {
        return credentials.take(key);
    }

    /** Counts an unknown token from {@code clientAddress}; a refusal is the seconds to wait. */
    public OptionalLong takeUnknown(String clientAddress) {
        return unknownTokens.take("address:" + clientAddress);
    }

    /** What a 429 for a busy credential says. */
    public String credentialRefusal(long retryAfterSeconds) {
        return "Too many requests: this credential sent more than " + perSecond + " requests per second"
                + " (" + CREDENTIAL_KEY + "); retry after " + retryAfterSeconds + " s";
    }

    /** What a 429 for too many unknown tokens says. */
    public static String unknownRefusal(long retryAfterSeconds) {
        return "Too many requests with unknown tokens from this address (" + UNKNOWN_KEY + "); retry after "
                + retryAfterSeconds + " s";
    }
}

package dev.mdmmcp.server.mcp;

import dev.mdmmcp.server.config.ServerConfig;
import io.helidon.http.Headers;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DNS rebinding protection with the SDK's validator. Bound to a loopback address, the server
 * accepts only loopback Host names and browser Origins unless configured otherwise; bound
 * elsewhere (behind a proxy with a public name) it checks Host only when {@code allowed_hosts}
 * is set. A request with an Origin header must always match {@code allowed_origins} (or a
 * loopback origin on a loopback server); server-to-server clients send none. Both refusals are
 * 403, as the MCP transport guidance asks (the SDK itself uses 421 for a wrong Host).
 */
final class HostAndOriginCheck {

    private static final List<String> LOOPBACK_HOSTS = List.of("localhost:*", "127.0.0.1:*", "[::1]:*");
    private static final List<String> LOOPBACK_ORIGINS = List.of("http://localhost:*", "https://localhost:*",
            "http://127.0.0.1:*", "https://127.0.0.1:*", "http://[::1]:*", "https://[::1]:*");
    private static final int ORIGIN_REFUSED = 403;

    private final ServerHttpHeaderValidator validator;

    private HostAndOriginCheck(ServerHttpHeaderValidator validator) {
        this.validator = validator;
    }

    static HostAndOriginCheck of(ServerConfig config) {
        boolean loopback = config.loopbackOnly();
        List<String> hosts = !config.allowedHosts().isEmpty() ? config.allowedHosts()
                : loopback ? LOOPBACK_HOSTS : List.of();
        List<String> origins = !config.allowedOrigins().isEmpty() ? config.allowedOrigins()
                : loopback ? LOOPBACK_ORIGINS : List.of();
        return new HostAndOriginCheck(DefaultServerTransportSecurityValidator.builder()
                .allowedHosts(lowerCase(hosts))
                .allowedOrigins(lowerCase(origins))
                .build());
    }

    /** Why the request is refused, naming the header and the key that allows more; empty when it may pass. */
    Optional<String> refusal(Headers headers) {
        try {
            validator.validate(new HelidonHeaderAccessor(headers));
            return Optional.empty();
        } catch (ServerTransportSecurityException e) {
            return Optional.of(e.getStatusCode() == ORIGIN_REFUSED
                    ? "Forbidden: this Origin is not allowed (allowed_origins)"
                    : "Forbidden: this Host is not allowed (allowed_hosts)");
        }
    }

    /** Host names are case-insensitive; the request's are compared in lower case too. */
    private static List<String> lowerCase(List<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
    }
}

package dev.mdmmcp.server.oauth;

/**
 * An answer to a pending authorization that cannot be given: the request is unknown, expired or
 * answered already, its server is gone, or the person is not allowed on it. The message says
 * which in plain words, for the error page; it never holds a code or token.
 */
public final class AuthorizationRefused extends RuntimeException {

    public AuthorizationRefused(String message) {
        super(message);
    }
}

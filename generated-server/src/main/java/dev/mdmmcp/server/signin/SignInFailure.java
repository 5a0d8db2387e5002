package dev.mdmmcp.server.signin;

/**
 * Signing in at the identity provider did not work. The message is written for the person in
 * the browser, in plain words; it never holds a code, token or secret.
 */
public final class SignInFailure extends RuntimeException {

    public SignInFailure(String message) {
        super(message);
    }

    public SignInFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

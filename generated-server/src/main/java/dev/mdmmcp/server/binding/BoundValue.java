package dev.mdmmcp.server.binding;

/**
 * A scalar of a strict input.
 *
 * @param text the value
 * @param secret whether it is a credential, key or token: {@link #shown()} then never quotes it
 * @param jsonString whether a typed JSON input (a request body) gave it as a string: there
 *        {@code "8"} is not a number (files and variables are text, and are read as such)
 */
public record BoundValue(String text, boolean secret, boolean jsonString) {

    /** The value as a message may show it: quoted, or {@code the value} when it is a secret. */
    public String shown() {
        return secret ? "the value" : "'" + PrintableText.of(text) + "'";
    }
}

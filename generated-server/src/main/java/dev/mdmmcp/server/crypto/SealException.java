package dev.mdmmcp.server.crypto;

/** A sealed value cannot be opened: another key sealed it, or it was altered. Never garbage instead. */
public final class SealException extends RuntimeException {

    public SealException(String message) {
        super(message);
    }
}

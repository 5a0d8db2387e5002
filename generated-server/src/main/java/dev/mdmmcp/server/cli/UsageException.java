package dev.mdmmcp.server.cli;

/** The command line cannot be understood; the message says why, the usage follows it. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message, null, false, false);
    }
}

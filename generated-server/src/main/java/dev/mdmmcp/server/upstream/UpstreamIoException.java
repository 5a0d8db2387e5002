package dev.mdmmcp.server.upstream;

/** No HTTP response came: the vendor timed out or could not be reached. */
public final class UpstreamIoException extends Exception {

    /** Why no response came. */
    public enum Kind {
        /** Connected (or connecting took long), but no answer within the read timeout. */
        TIMEOUT,
        /** The connection could not be made; the request was not sent. */
        UNREACHABLE
    }

    private final Kind kind;

    UpstreamIoException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

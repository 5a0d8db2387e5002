package dev.mdmmcp.server.upstream;

/** No HTTP response came: the vendor timed out, could not be reached, or the connection broke. */
public final class UpstreamIoException extends Exception {

    /** Why no response came. */
    public enum Kind {
        /** Connected, but no (complete) answer within the read timeout; the request may have been carried out. */
        TIMEOUT,
        /** The connection broke (reset, closed, garbage instead of HTTP) after the request may have been sent. */
        BROKEN,
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

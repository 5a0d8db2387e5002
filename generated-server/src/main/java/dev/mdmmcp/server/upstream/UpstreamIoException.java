package dev.mdmmcp.server.upstream;

import dev.mdmmcp.server.result.FailureMessages;
import dev.mdmmcp.server.result.NoResponseCause;

/** No HTTP response came: the vendor timed out, could not be reached, or the connection broke. */
public final class UpstreamIoException extends Exception {

    private final transient NoResponseCause why;

    UpstreamIoException(NoResponseCause why, Throwable cause) {
        super(FailureMessages.text(why), cause);
        this.why = why;
    }

    /** Why no response came. */
    public NoResponseCause why() {
        return why;
    }

    public NoResponseCause.Kind kind() {
        return why.kind();
    }
}

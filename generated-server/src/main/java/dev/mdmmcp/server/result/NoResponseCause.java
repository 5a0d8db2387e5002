package dev.mdmmcp.server.result;

import java.time.Duration;

/** Why no (complete) answer came from a vendor, as facts; {@link FailureMessages} says it. */
public sealed interface NoResponseCause {

    /** What the caller may assume about the request. */
    enum Kind {
        /** Connected, but no (complete) answer in time; the request may have been carried out. */
        TIMEOUT(Outcome.TIMEOUT),
        /** The connection broke after the request may have been sent. */
        BROKEN(Outcome.CONNECTION_BROKEN),
        /** No connection was made; the request was not sent. */
        UNREACHABLE(Outcome.UNREACHABLE);

        private final Outcome outcome;

        Kind(Outcome outcome) {
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    /** What the caller may assume about the request. */
    default Kind kind() {
        return switch (this) {
            case ReadTimeout timeout -> Kind.TIMEOUT;
            case Interrupted interrupted -> Kind.TIMEOUT;
            case Broken broken -> Kind.BROKEN;
            case ConnectTimeout timeout -> Kind.UNREACHABLE;
            case UnknownHost unknown -> Kind.UNREACHABLE;
            case Refused refused -> Kind.UNREACHABLE;
            case ConnectFailed failed -> Kind.UNREACHABLE;
        };
    }

    /** No complete answer within the read timeout. */
    record ReadTimeout(Duration read) implements NoResponseCause {
    }

    /** The waiting thread was interrupted (the server is stopping). */
    record Interrupted() implements NoResponseCause {
    }

    /** No connection within the connect timeout. */
    record ConnectTimeout(String hostAndPort, Duration connect) implements NoResponseCause {
    }

    /** The vendor's host name does not resolve. */
    record UnknownHost(String host) implements NoResponseCause {
    }

    /** The vendor's host refused the connection. */
    record Refused(String hostAndPort) implements NoResponseCause {
    }

    /** The connection broke; {@code detail} is what the network stack said (e.g. {@code Connection reset}). */
    record Broken(String detail) implements NoResponseCause {
    }

    /** Connecting failed some other way; {@code detail} is what the network stack said. */
    record ConnectFailed(String detail) implements NoResponseCause {
    }
}
